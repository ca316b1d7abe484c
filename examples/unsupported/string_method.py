# expect-error: 5:7: unsupported: string methods
import numpy as np

name = "weights"
print(name.upper(), np.ones(2))

# expect-error: 5:7: unsupported: f-strings
import numpy as np

x = np.arange(4)
print(f"sum = {x.sum()}")

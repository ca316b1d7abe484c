# expect-error: 4:8: unsupported: set displays
import numpy as np

seen = {1, 2, 3}
x = np.arange(3)
print(x)

# `d` is not a float presentation type: CPython's ValueError, found at compile time.
import numpy as np

x = np.array([1.5, 2.5]).sum()
print(f"total: {x:d}")

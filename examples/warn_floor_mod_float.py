# Float floor_divide and remainder follow npy_divmod's flags: by zero, and an infinite dividend.
import numpy as np

a = np.array([1.0, 0.0, -3.0, np.inf, np.nan, 5.0])
b = np.array([0.0, 0.0, 0.0, 2.0, 0.0, 2.0])
print(a // b)
print(a % b)
print(np.remainder(a, 3.0))
print(np.floor_divide(np.array([1e300]), 1e-300))

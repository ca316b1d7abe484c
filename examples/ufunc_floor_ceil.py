# np.floor / np.ceil: floats to whole floats (signed zeros kept), ints and bools unchanged.
import numpy as np

x = np.array([-2.5, -1.5, -0.5, -0.0, 0.0, 0.5, 1.5, 2.5])
print(np.floor(x))
print(np.ceil(x))
print(np.floor(np.array([np.inf, -np.inf, np.nan, 1e300, -4.9999999])))
i = np.array([-3, 0, 7])
print(np.floor(i), np.floor(i).dtype)
print(np.ceil(np.array([True, False])))
print(np.floor(x / 2) * 2 + np.ceil(x))

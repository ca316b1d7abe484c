# np.bincount of values that include a negative one.
import numpy as np

v = np.array([3, 1, 0])
print(np.bincount(v))
print(np.bincount(v - 2))

# np.bincount with weights of another length.
import numpy as np

v = np.array([3, 1, 0])
print(np.bincount(v, weights=np.ones(4)))

# np.bincount of floats.
import numpy as np

print(np.bincount(np.array([1.0, 2.0])))

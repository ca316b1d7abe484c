# Asking for the size of an axis the array does not have.
import numpy as np

m = np.zeros((3, 4))
depth = m.shape[2]
print(depth)

# Joining two empty (2**59, 0) arrays along axis 0 gives (2**60, 0): 8 * 2**60 bytes
# overflow, so NumPy refuses the result although it holds nothing.
import numpy as np

e = np.zeros((2**59, 0))
print(np.concatenate([e, e], axis=1).shape)
c = np.concatenate([e, e])
print(c.shape)

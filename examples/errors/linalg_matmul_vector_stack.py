# A vector of length 4 times a stack of (3,3) matrices.
import numpy as np

v = np.ones(4)
s = np.ones((2, 3, 3))
print(np.matmul(v, s))

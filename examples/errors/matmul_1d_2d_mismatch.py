# A vector of length 4 @ a (2,3) matrix.
import numpy as np

v = np.ones(4)
m = np.ones((2, 3))
print(v @ m)

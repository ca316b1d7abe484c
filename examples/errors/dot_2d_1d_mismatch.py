# np.dot of a (2,3) matrix and a vector of length 4.
import numpy as np

m = np.arange(6).reshape(2, 3)
v = np.arange(4)
print(np.dot(m, v))

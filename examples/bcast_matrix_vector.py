# (4,3) op (3,): the vector is repeated along the rows.
import numpy as np

m = np.arange(12).reshape(4, 3)
v = np.array([10, 20, 30])
print(m + v)
print(m * v)
print(v - m)
print((m + v).shape)

w = np.array([0.5, 1.0, 2.0])
print(m / w)
print(m * w + v)
col = np.arange(4).reshape(4, 1)
print(m + col)
print(m - col * v)

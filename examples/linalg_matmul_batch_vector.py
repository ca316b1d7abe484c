# 1-D operands of a batched @: a vector on the right is a column of each matrix product, on
# the left a row; the vector's axis is dropped from the result.
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
v = np.array([1, 0, -1, 2])
print(a @ v)
w = np.array([1, 2, 3])
print(w @ a)
print((w @ a).shape, (a @ v).shape)
print(np.arange(3.0) @ np.ones((2, 3, 2)))

# Bool arrays print True/False padded to a common width.
import numpy as np

b = np.array([True, False, True])
print(b)
print(repr(b))
print(np.array([False, False]))
print(np.array([True, True]))
print(np.array([[True], [False]]))
print(repr(np.array([[True, False], [False, False]])))
print(b.dtype, b.shape)
print(b[0], b[1], repr(b[1]))
print(np.ones(2) > 0)
print(np.zeros_like(b))
print(np.ones_like(b))
print(np.array([True, False]) == np.array([True, True]))

# The six comparison operators between arrays.
import numpy as np

a = np.array([1, 5, 3, 7])
b = np.array([2, 5, 1, 7])
print(a == b)
print(a != b)
print(a < b)
print(a <= b)
print(a > b)
print(a >= b)
print(repr(a == b))
c = a > b
print(c.dtype, c.shape)
m = np.arange(6).reshape(2, 3)
print(m == m.T.T)
print(m > 2)

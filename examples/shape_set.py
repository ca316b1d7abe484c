# Setting an array's shape in place: `x.shape = ...` (also chained) reshapes without a copy.
import numpy as np

a = np.arange(12.0)
a.shape = (3, 4)
print(a)
a.shape = (2, -1)
print(a.shape, a[1])
b = np.zeros((2, 3), dtype=np.complex128) + 1j
c = np.arange(6).reshape(3, 2)
n = 6
b.shape = c.shape = n
print(b, c)
g = np.arange(8).reshape(2, 4)
h, k = g
h.shape = (2, 2)
print(h, k)
v = np.ones((4, 3))[:, 0]
v.shape = (2, 2)
print(v)

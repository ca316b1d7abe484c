# Constant integer indices, including negative ones, give NumPy scalars.
import numpy as np

x = np.arange(12).reshape(3, 4)
print(x[1, 2])
print(x[0, 0], x[2, 3])
print(x[-1, -1], x[-3, 0], x[1, -2])
print(repr(x[1, 2]))

v = np.array([0.5, 1.5, 2.5])
print(v[0], v[-1])
print(repr(v[-1]))

b = np.array([True, False])
print(b[1], repr(b[0]))

t = np.arange(24).reshape(2, 3, 4)
print(t[1, 2, 3], t[-1, 0, -4])
print(x[1, 2] + x[2, 1])

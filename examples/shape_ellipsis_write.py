# Writes through `...` and new axes reach the base array.
import numpy as np

x = np.zeros((2, 3, 4))
x[..., 0] = 1
x[1, ...] += 2
x[..., 1:3] = np.arange(2.0)
print(x)
y = np.arange(6)
z = y[None, :]
z[0, 2] = 99
print(y)
w = y[:, np.newaxis]
w[4, 0] = -4
print(y)
y[...] = 3
print(y)

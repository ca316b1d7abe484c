# reshape of a contiguous array is a view: writing it writes the original.
import numpy as np

x = np.arange(12)
m = x.reshape(3, 4)
m[1, 1] = -5
print(x)
m[2] = 0
print(x)

n = m.reshape((2, -1))
n += 1
print(m)
print(n.shape)
flat = n.reshape(-1)
flat[::4] = 7
print(x)
s = x[6:].reshape(2, 3)
s[0, 0] = 1000
print(x)

# swapaxes exchanges two axes (a view), as a function or a method.
import numpy as np

x = np.arange(24).reshape(2, 3, 4)
s = np.swapaxes(x, 0, 2)
print(s.shape)
print(s[3])
print(x.swapaxes(1, -1).shape, x.swapaxes(-1, 1)[0])
print(x.swapaxes(1, 1).shape)
m = np.arange(6.0).reshape(2, 3)
w = m.swapaxes(0, 1)
w[2, 0] = -5.5
print(m)

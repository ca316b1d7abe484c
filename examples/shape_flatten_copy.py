# flatten always copies, even when ravel would give a view.
import numpy as np

x = np.arange(12).reshape(3, 4)
f = x.flatten()
f[0] = 999
print(x[0, 0], f)
g = x.T.flatten()
print(g)
h = x[::2, 1:].flatten()
h += 1
print(h, x)
b = (x > 5).flatten()
print(b, b.dtype)

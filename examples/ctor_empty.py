# np.empty / np.empty_like: shape and dtype only; the values are written before any read.
import numpy as np

e = np.empty((2, 3))
print(e.shape, e.dtype)
e[:] = 4
print(e)
f = np.empty(3, dtype=int)
f[:] = np.arange(3) * 2
print(f, f.dtype)
g = np.empty_like(f)
g[:] = 9
print(g, g.dtype)
h = np.empty_like(e, dtype=np.float32)
h[...] = 0.1
print(h, h.dtype)

# Empty slices print as [] and their repr names the dtype.
import numpy as np

v = np.arange(5)
e = v[3:1]
print(e)
print(repr(e))
print(e.shape, e.size, len(e))
f = np.ones(4)[10:]
print(f, repr(f))
m = np.ones((3, 4))
z = m[2:2, :]
print(z, repr(z), z.shape)
print(repr(np.arange(0)), repr(np.arange(5, 2)))
print(e.sum(), f.sum())
print(e * 2 + 1)

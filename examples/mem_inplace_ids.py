# z[:] = expr and x += y write into existing memory: id() does not change.
import numpy as np

x = np.array([1, 2, 4, 8])
y = np.ones_like(x) * 2
z = np.zeros_like(y)
before = id(z)
z[:] = x + y
print(id(z) == before)
print(z)
before = id(x)
x += y
print(id(x) == before)
print(x)
f = np.ones(4)
fid = id(f)
f *= 3
f -= x
f /= 2
print(id(f) == fid, f)

# Views are new objects (new id) over the same memory.
import numpy as np

x = np.arange(6).reshape(2, 3)
v = x[0]
t = x.T
print(id(v) == id(x), id(t) == id(x))
v[1] = 50
print(x[0, 1], t[1, 0])
r = x.reshape(3, 2)
r[2, 1] = -6
print(x)
print(t)
s = x[:, 1:]
print(id(s) == id(x), s)
s[:] = 0
print(x)

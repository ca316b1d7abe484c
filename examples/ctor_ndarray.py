# np.ndarray(shape, dtype=...) is the constructor np.empty calls: uninitialised memory, here
# filled before it is read (npbench's sselfeng builds its neighbour table this way).
import numpy as np

NA = 4
NB = 3
neigh = np.ndarray([NA, NB], dtype=np.int32)
for i in range(NA):
    neigh[i] = (np.arange(NB) + i) % NA
print(neigh, neigh.dtype, neigh.shape)

b = np.ndarray((5,))
b[:] = 0.25
print(b, b.dtype)

c = np.ndarray(shape=(2, 2), dtype=bool)
c[...] = True
print(c)

d = np.ndarray(3, np.int64)
for k in range(3):
    d[k] = k * k
print(d)

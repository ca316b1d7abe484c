# Overlapping slice assignment on float32, int32, bool and float64: the same rule per dtype.
import numpy as np

f = np.linspace(0.0, 1.0, 7).astype(np.float32)
f[2:] = f[:-2]
print(f)
f[:-1] = f[1:]
print(f)
f[::-1][1:] = f[:-1]
print(f)
i = np.arange(10, dtype=np.int32)
i[1:] = i[:-1]
print(i)
i[::3] = i[:4]
print(i)
i[:] = i[::-1]
print(i)
b = np.array([True, False, False, True, False, True])
b[1:] = b[:-1]
print(b)
b[:] = b[::-1]
print(b)
d = np.arange(12, dtype=np.float64) / 4
d[2:10:2] = d[0:4]
print(d)
d[4:] = d[:-4] * 2 + d[4:]
print(d)
m = np.array([True, False, True, True, False, False])
m[m[::-1]] = False
print(m)
g = np.arange(6.0)
g[g[::-1] > 2.5] = -1.0
print(g)

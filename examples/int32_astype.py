# astype to and from int32, round trips through every dtype.
import numpy as np
f = np.array([1.9, -1.9, 0.0, 2.5, -0.5, 1e9])
i = f.astype(np.int32)
print(i, i.dtype)
print(i.astype(np.float64), i.astype(np.float32), i.astype(np.int64), i.astype(bool))
print(i.astype("int32").dtype, i.astype(np.int64).astype(np.int32))
w = np.array([4294967297, -4294967298, 2147483648, 12345678901])
print(w.astype(np.int32))
g = np.array([1.5, -2.5, 3.99], dtype=np.float32)
print(g.astype(np.int32), g.astype(np.int32).astype(np.float32))
b = np.array([True, False, True])
print(b.astype(np.int32), repr(b.astype("int32")))
print(repr(i.astype(float)), repr(i.astype(int)), repr(i.astype(bool)))
z = np.zeros(3, dtype=np.int32)
z[:] = f[:3]
print(z)
z[:] = w[:3]
print(z)
z[1] = 7.9
print(z)
y = np.array([16777217, 3], dtype=np.int32)
print(y.astype(np.float32), y.astype(np.float32).astype(np.int32))
print(repr(np.int32(3.7)), repr(np.int32(-3.7)), repr(np.int32(True)))
print(repr(int(np.int32(9))), repr(float(np.int32(9))), repr(bool(np.int32(0))))

# x.itemsize, x.nbytes and x.dtype.itemsize: the element size in bytes and size * itemsize,
# known at compile time (usable as constants).
import numpy as np

Z = np.zeros((10, 10))
print(Z.size * Z.itemsize, "bytes", Z.nbytes)
f = np.ones(3, dtype=np.float32)
i = np.arange(6, dtype=np.int32).reshape(2, 3)
b = np.zeros((2, 2), dtype=bool)
n = np.arange(4)
print(f.dtype, f.itemsize, f.nbytes, f.dtype.itemsize)
print(i.dtype, i.itemsize, i.nbytes, i.dtype.itemsize)
print(b.dtype, b.itemsize, b.nbytes, b.dtype.itemsize)
print(n.dtype, n.itemsize, n.nbytes, n.dtype.itemsize)
v = np.arange(12.0).reshape(3, 4)[:, 1]
print(v.itemsize, v.nbytes)
s = np.float32(1.5)
print(s.itemsize, s.nbytes, np.int64(3).itemsize)
k = Z.itemsize // 2
print(np.zeros(k, dtype=np.int32))

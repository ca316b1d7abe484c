# Printing int32: the same digits as int64; repr adds dtype=int32; scalars are np.int32(...).
import numpy as np
a = np.array([1, -22, 333], dtype=np.int32)
print(a)
print(repr(a))
print(a.dtype, repr(a.dtype), str(a.dtype))
m = np.arange(12, dtype=np.int32).reshape(3, 4) * 1000 - 5000
print(m)
print(repr(m))
print(repr(np.zeros((0,), dtype=np.int32)), repr(np.zeros((2, 0), dtype=np.int32)))
print(repr(np.array([-2147483648, 2147483647], dtype=np.int32)))
x = a[1]
print(x, repr(x), str(x), (x, a[0]))
print(f"{x} {x:5d} {x:+} {a[2]:x}")
print(repr(a[0] + a[1]), repr(a.max()))
big = np.arange(2000, dtype=np.int32)
print(big)
print(repr(big))
print(str(np.int32(-7)), repr(np.int32(0)))
print(a.shape, a.size, a.ndim)

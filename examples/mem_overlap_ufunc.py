# Augmented assignment and fused expressions written in place: an input that overlaps the
# output is read as it was before the operation (NumPy's ufunc overlap rule).
import numpy as np

x = np.arange(8)
x[1:] += x[:-1]
print(x)
x = np.arange(8)
x[:-1] -= x[1:]
print(x)
x = np.arange(8)
x[::-1] += x
print(x)
x = np.arange(1, 9)
x[::2] *= x[1::2]
print(x)
x = np.arange(8)
x[1:] = x[:-1] * 2 + x[1:]
print(x)
x = np.arange(8)
x[2:] = np.maximum(x[:-2], 3) - x[1:-1]
print(x)
a = np.arange(9).reshape(3, 3)
a += a.T
print(a)
a = np.arange(12.0).reshape(3, 4)
a[1:] /= a[:-1] + 1
print(a)
a = np.arange(12.0).reshape(3, 4)
a[:, 1:] -= a[:, :-1]
print(a)
f = np.arange(6, dtype=np.float32)
f[1:] *= f[:-1] + np.float32(0.5)
print(f)
i = np.arange(6, dtype=np.int32)
i[:-1] += i[1:]
print(i)
b = np.array([True, False, False, True, False, False])
b[1:] |= b[:-1]
print(b)

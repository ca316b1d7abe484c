# .shape, .size, .dtype and .ndim of arrays of each dtype and rank.
import numpy as np

a = np.arange(12).reshape(3, 4)
f = np.zeros((2, 3, 4))
b = np.array([True, False])
v = np.ones(5)
print(a.shape, a.size, a.dtype, a.ndim)
print(f.shape, f.size, f.dtype, f.ndim)
print(b.shape, b.size, b.dtype, b.ndim)
print(v.shape, v.size, v.dtype, v.ndim)
print(repr(a.shape), repr(a.size), repr(a.ndim))
print(a.T.shape, a[0].shape, a[1:, ::2].shape)
print(str(a.dtype) + "/" + str(f.dtype))
print(repr(a.dtype), repr(b.dtype))
print(len(a), len(f), len(v))
print((a.shape, f.shape))

# sum/mean/max/min over all elements of int64 arrays.
import numpy as np

x = np.arange(12).reshape(3, 4)
print(x.sum(), x.mean(), x.max(), x.min())
print(repr(x.sum()), repr(x.mean()), repr(x.max()), repr(x.min()))
y = np.array([-5, 3, -7, 2])
print(y.sum(), y.mean(), y.max(), y.min())
print(np.array([7]).mean())
print(np.array([1, 2]).mean(), np.array([1, 2, 2]).mean())
z = x * 0 - 3
print(z.max(), z.min(), z.sum())
print(x.sum() / x.size, x.sum() // 5)
print(repr(x[1:, 2:].sum()))

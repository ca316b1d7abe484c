# Reductions of bool arrays: sum counts Trues (int64), mean is float64, max/min are bools.
import numpy as np

b = np.array([True, False, True, True])
print(b.sum(), b.mean(), b.max(), b.min())
print(repr(b.sum()), repr(b.mean()), repr(b.max()), repr(b.min()))
x = np.arange(10)
print((x > 6).sum(), (x % 3 == 0).mean())
print((x < 100).min(), (x > 100).max())
c = np.zeros(3) > 1
print(c.sum(), c.max(), c.mean())
print((x > 4).sum() + 1, (x > 4).max() + 1)

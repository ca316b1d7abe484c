# Simple statistics of seeded samples, printed with full repr precision.
import numpy as np

np.random.seed(3)
x = np.random.normal(0, 1, size=1000)
print(repr(x.mean()))
print(repr(x.max()), repr(x.min()))
print(repr(x.sum()))
y = np.random.rand(1000)
print(repr(y.mean()))
print((y > 0.5).sum())
print(x[:4])
print(x[-3:])
print(y.size)

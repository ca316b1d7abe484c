# np.random.seed makes np.random.normal reproducible.
import numpy as np

np.random.seed(0)
a = np.random.normal(0, 1, size=(3, 4))
print(a)
b = np.random.normal(10, 0.5, size=5)
print(b)
c = np.random.normal(-2.5, 3, size=(2, 2))
print(repr(c))
np.random.seed(0)
d = np.random.normal(0, 1, size=(3, 4))
print((a == d).min())
print(a.shape, b.shape, c.dtype)
print(a.sum())

# randn (standard normal), rand and random (uniform in [0, 1)) with sizes.
import numpy as np

np.random.seed(42)
x = np.random.randn(3)
print(x)
y = np.random.randn(2, 3)
print(y)
u = np.random.rand(4)
print(u)
v = np.random.rand(2, 2)
print(v)
w = np.random.random(5)
print(w)
r = np.random.random((2, 3))
print(r)
print(u.dtype, v.shape, r.shape)
print((u < 1).min(), (w >= 0).min())

# np.random.random_sample draws from the same legacy uniform stream as np.random.random.
import numpy as np

np.random.seed(42)
a = np.random.random_sample((2, 3))
np.random.seed(42)
b = np.random.random((2, 3))
print(a)
print((a == b).min())
np.random.seed(7)
u = np.random.random_sample(5)
print(u, u.mean(), np.min(u) >= 0.0 and np.max(u) < 1.0)
v = np.random.random_sample(size=(2, 2))
print(v, np.sum(v > 0.5))

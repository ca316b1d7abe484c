# Two generators are independent streams, and neither touches the legacy global stream.
import numpy as np

np.random.seed(0)
a = np.random.default_rng(7)
b = np.random.default_rng(7)
print(a.random(3))
print(np.random.rand(2))
print(b.random(2))
print(a.integers(0, 10, size=4))
print(b.random())
print(b.integers(0, 10, size=4))
print(np.random.randint(0, 10, size=4))
c = np.random.default_rng(8)
print(c.standard_normal(2), a.standard_normal(2))

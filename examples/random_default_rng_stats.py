# Sample statistics from a seeded generator print the same digits as NumPy.
import numpy as np

rng = np.random.default_rng(20251126)
x = rng.standard_normal(1000)
print(x.mean(), x.min(), x.max())
u = rng.uniform(2.0, 4.0, size=(100, 10))
print(u.sum(), u.mean())
k = rng.integers(0, 6, size=600)
print((k == 0).sum(), (k == 5).sum(), k.sum())
n = rng.normal(5.0, 0.1, size=(4, 4))
print(n)

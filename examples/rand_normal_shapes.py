# Sizes as ints and tuples, and loc/scale from variables.
import numpy as np

np.random.seed(2024)
loc = 1.5
scale = 0.25
a = np.random.normal(loc, scale, size=4)
b = np.random.normal(loc, scale, size=(2, 3))
c = np.random.normal(0, 1, size=(2, 1, 2))
print(a)
print(b)
print(c)
print(a.shape, b.shape, c.shape)
print(b.mean(), b.min(), b.max())
z = np.random.normal(0, 0, size=3)
print(z)
n = np.random.randn(2, 2) * scale + loc
print(n)

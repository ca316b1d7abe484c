# Unseeded draws differ on every run: the output lines that show them are masked
# (see rand_unseeded.mask); the shapes, the layout and the checks are compared.
import numpy as np

x = np.random.normal(0, 1, size=(3, 4))
print(x.shape)
print(repr(x))
u = np.random.rand(3)
print(u)
print((u >= 0).min(), (u < 1).min())
print(x.dtype, u.size)

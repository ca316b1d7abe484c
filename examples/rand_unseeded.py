# Unseeded draws differ on every run: the output lines with numbers are masked
# (see rand_unseeded.mask); only the shapes and the layout are compared.
import numpy as np

x = np.random.normal(0, 1, size=(3, 4))
print(x.shape)
print(repr(x))
u = np.random.rand(3)
print((u >= 0).min(), (u < 1).min())
print(u)

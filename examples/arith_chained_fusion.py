# A long elementwise expression over arrays and scalars.
import numpy as np

x = np.arange(12).reshape(3, 4)
y = np.array([1.0, 2.0, 4.0, 5.0])

z = (x * 2 + 1) / (y - 3) ** 2
print(z)
print(z.shape, z.dtype)

w = x * x - 3 * x + 2
print(w)

v = -(x - 5) * 0.5 + y / 4 - 1
print(v)

u = (x + 1) // 2 * 3 % 5
print(u)

t = np.exp(-(y - 2) ** 2 / 2) / (2 * np.pi) ** 0.5
print(t)

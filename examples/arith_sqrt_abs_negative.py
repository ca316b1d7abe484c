# np.sqrt, np.abs / np.absolute and np.negative on arrays and scalars (ufuncs give NumPy scalars).
import numpy as np

x = np.array([[4.0, 2.0, -0.0], [0.25, 1e-300, 1e300]])
print(np.sqrt(x))
print(np.sqrt(np.arange(6)), np.sqrt(np.arange(6)).dtype)
print(repr(np.sqrt(2)), repr(np.sqrt(2.0)), np.sqrt(16))
y = np.arange(-3, 3)
print(np.abs(y), np.absolute(y * 1.5), np.negative(y), np.negative(y * 0.5))
print(repr(np.abs(-7)), repr(np.negative(2.5)), repr(np.abs(-0.0)))
z = np.sqrt(np.abs(y)) + np.negative(y) ** 2
print(z)
f = np.arange(4, dtype=np.float32) * 2.5
print(np.sqrt(f), np.sqrt(f).dtype, np.abs(np.negative(f)))
b = np.array([True, False])
print(np.abs(b))

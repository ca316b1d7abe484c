# Complex functions: sqrt and exp (glibc's csqrt/cexp, as NumPy), isnan/isfinite, products.
import numpy as np

z = np.array([4.0 + 0j, -4, 3 + 4j, -1j, 0.25 - 2j])
print(np.sqrt(z))
print(np.exp(z))
print(np.exp(1j * np.pi))
print(np.isnan(z), np.isfinite(z / 0.5))
a = np.array([[1 + 1j, 2], [3, 4 - 2j]])
b = np.array([[0.5j, 1], [-1, 2 + 2j]])
print(a @ b)
print(np.dot(a, b))
v = np.array([1j, 2])
print(a @ v, v @ a)
s = np.zeros((2, 2), dtype=np.complex128)
s += a @ b
s[0] += v * 1j
print(s)
print(abs(z) > 2)

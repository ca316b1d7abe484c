# NumPy integer arrays divided by zero give 0 (no exception), true division gives inf/nan.
import numpy as np

x = np.array([-3, 0, 5])
z = np.zeros_like(x)
print(x // z)
print(x % z)
print(x / z)
print(x // 0)
print(x % 0)

m = np.array([-7, 7, 8])
d = np.array([0, 2, 0])
print(m // d)
print(m % d)
print(m / d)

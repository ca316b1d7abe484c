# Several operations in one expression: NumPy warns per ufunc call, in evaluation order, each
# with its own kinds in the order divide, overflow, invalid.
import numpy as np

x = np.array([0.0, -1.0, 4.0, 1e300])
y = np.array([0.0, 2.0, 0.0, 1e-300])
print(np.log(x) + np.sqrt(x) * (x / y))
print(x * x - x * x)
print((x / y) / (y / x))
r = np.exp(x) + np.log10(y)
print(r)
print(1.0 / (x / y) + 2.0)
print(np.sqrt(-(x / y) * 0.0 - 1.0) + np.float64(3.0))

# A ufunc called on a NumPy scalar keeps the ufunc's name (`log`, not `scalar log`); NumPy
# scalars mixed with Python numbers still warn as scalars.
import numpy as np

s = np.float64(0.0)
print(np.log(s))
print(np.sqrt(np.float64(-4.0)))
print(np.exp(np.float64(800.0)))
print(np.float64(2.0) / 0)
print(3.0 / np.float64(0.0))
print(1 - np.int64(-9223372036854775807) * 2)
print(np.power(np.float64(0.0), -1.0))
print(np.float64(0.0) ** -1.0)

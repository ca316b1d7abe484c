# exp/expm1 overflow; power: 0 to a negative power divides by zero, negative base to a
# fractional power is invalid; x ** 2 is NumPy's `square`, x ** 0.5 its `sqrt`.
import numpy as np

x = np.array([1000.0, 1.0, -1000.0])
print(np.exp(x))
print(np.expm1(x))
b = np.array([0.0, -8.0, 1e200, 2.0])
print(np.power(b, -1.0))
print(np.power(b, 0.5))
print(b ** 3.0)
print(b ** 2)
print(b ** 0.5)
print(np.power(b, 2))

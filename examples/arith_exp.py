# np.exp of ints (result float64) and floats, with overflow to inf and underflow to 0.
import numpy as np

x = np.array([1, 2, 4, 8])
print(np.exp(x))
print(np.exp(x).dtype)

f = np.array([-1.0, 0.0, 0.5, 1.0])
print(np.exp(f))
print(np.exp(-f))

print(np.exp(np.array([700.0, 710.0, -745.0, -746.0])))
print(np.exp(np.array([-np.inf, np.inf, np.nan])))
print(np.exp(np.zeros((2, 2))))
print(np.exp(1.0))
print(np.exp(2))
print(repr(np.exp(0.5)))
y = np.exp(x) - 1
print(y)

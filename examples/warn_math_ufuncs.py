# Overflow, invalid-value and divide-by-zero warnings of the new math ufuncs.
import numpy as np

print(np.exp2(np.array([1.0, 2000.0])))
print(np.sinh(np.array([-1000.0, 1.0])))
print(np.cosh(np.array([1000.0])))
print(np.arccosh(np.array([0.5, 2.0])))
print(np.arctanh(np.array([1.0, -1.0, 0.5])))
print(np.arctanh(np.array([2.0])))
print(np.rad2deg(np.array([1e308])))
print(np.exp2(np.array([200.0], dtype=np.float32)))
print(np.hypot(np.array([1e308]), np.array([1e308])))

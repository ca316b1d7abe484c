# np.logical_and / or / xor / not: any dtypes, nonzero is True, result bool.
import numpy as np

a = np.array([0, 1, 2, 0])
b = np.array([0.0, 0.0, 0.5, np.nan])
print(np.logical_and(a, b))
print(np.logical_or(a, b))
print(np.logical_xor(a, b))
print(np.logical_not(a))
print(np.logical_not(b))
print(np.logical_and(a > 0, b > 0))
print(np.logical_or(np.array([[True], [False]]), np.array([False, True, False])))
print(np.logical_and(a, 1))
print(np.logical_xor(a, 0.0))
print(np.logical_not(np.array([True, False])))

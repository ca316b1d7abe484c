# Products of views (transposes, slices, reversed) and of mixed dtypes.
import numpy as np

a = np.arange(9).reshape(3, 3)
b = np.arange(9).reshape(3, 3) * 0.5
print(a @ a.T)
print(a.T @ a)
print(a[::-1] @ b)
print(a[:2, 1:] @ b[1:, ::2])
print(np.dot(a[1], b[:, 2]))
c = np.array([[True, False], [True, True]])
print(c @ np.array([[1, 2], [3, 4]]))
print(np.dot(np.array([1, 2]), np.array([0.5, 0.25])))
big = np.ones((40, 50)) @ np.arange(50 * 3).reshape(50, 3)
print(big[:2], big.shape)

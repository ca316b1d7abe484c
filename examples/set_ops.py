# Set operations: np.intersect1d, np.union1d, np.setdiff1d (sorted unique values) and np.isin.
import numpy as np
a = np.array([1, 5, 2, 5, np.nan])
b = np.array([5.0, 7, np.nan, 1])
print(np.intersect1d(a, b), np.union1d(a, b), np.setdiff1d(a, b), np.isin(a, b))
print(np.isin(np.arange(6).reshape(2, 3), [1, 4]), np.isin(a, b, invert=True))
print(np.intersect1d(np.arange(5), np.array([3.0, 1.0])), np.setdiff1d(np.array([3, 1, 3]), []))
Z1 = np.array([0, 9, 4, 3, 9, 1])
Z2 = np.array([7, 1, 9, 9, 0])
print(np.intersect1d(Z1, Z2), np.union1d(Z1, Z2), np.setdiff1d(Z2, Z1), Z1[np.isin(Z1, Z2)])
for k in range(1, 4):
    print(np.intersect1d(Z1[:k * 2], Z2))

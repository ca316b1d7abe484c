# A 1-D boolean array among several index arrays stands for the positions where it is true.
import numpy as np

X = np.arange(12).reshape((3, 4))
row = np.array([0, 1, 2])
mask = np.array([1, 0, 1, 0], dtype=bool)
print(X[row[:, np.newaxis], mask])
print(X[np.array([True, False, True]), np.array([1, 3])])
X[row[:, np.newaxis], mask] = -1
print(X)
X[row[:, np.newaxis], mask] += 5
print(X)

# Several integer-array indices: m[[0, 1, 2], [3, 2, 1]], A[rows, cols] reads, writes and +=
# (a repeated position is updated once, as NumPy's buffered fancy indexing does).
import numpy as np
m = np.arange(12).reshape(3, 4)
print(m[[0, 1, 2], [3, 2, 1]], m[[0, 2], 1], m[[1], [0, 3]])
rows = np.array([0, 0, 2])
cols = np.array([1, 1, 3])
print(m[rows, cols], m[rows[:, None], np.array([0, 3])])
m[rows, cols] += 5
print(m)
m[[0, 1], [2, 3]] = 7
m[rows, cols] = np.array([-1, -2, -3])
print(m)
A = np.zeros((3, 3))
for i in range(3):
    r = np.arange(i + 1)
    A[r, r] += 1.5
print(A, A[np.array([[0, 1], [2, 2]]), np.array([[0], [2]])])
T = np.arange(24.0).reshape(2, 3, 4)
print(T[[0, 1], [2, 0]], T[[1, 1, 0], [0, 2, 1], [3, 3, 0]])

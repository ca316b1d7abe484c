# np.unique (sorted values; return_index / return_inverse / return_counts), and integer-array
# indices into results of run-time length (u[inv]).
import numpy as np
a = np.array([3, 1, 2, 3, 1])
print(np.unique(a), np.unique([5, 5, 1]))
print(np.unique(a, return_counts=True))
u, idx, inv = np.unique(a, return_index=True, return_inverse=True)
print(u, idx, inv, u[inv])
M = np.array([[1.0, np.nan], [np.nan, -0.0]])
print(np.unique(M), np.unique(M, return_inverse=True, return_counts=True))
print(np.unique(np.array([True, False, True])), np.unique(np.arange(10) % 3 == 0, return_counts=True))
vals, counts = np.unique(np.array([2.5, 1.0, 2.5, 7.0]), return_counts=True)
print(vals[counts > 1], len(vals))
print(np.unique(np.array([0.0, -0.0, 1.0]), return_index=True))

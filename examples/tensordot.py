# np.tensordot with axes=N and axes=(list, list), as NumPy computes it (transpose, reshape, dot).
import numpy as np
p, n = 10, 20
M = np.ones((p, n, n))
V = np.ones((p, n, 1))
S = np.tensordot(M, V, axes=[[0, 2], [0, 1]])
print(S.shape, S[:3])
a = np.arange(24).reshape(2, 3, 4)
b = np.arange(12).reshape(4, 3)
print(np.tensordot(a, b, axes=([1, 2], [1, 0])))
print(np.tensordot(a, np.arange(4), axes=1), np.tensordot(np.arange(3), np.arange(4), axes=0))
print(np.tensordot(a, a, axes=3), np.tensordot(b.T, b.T, 2))

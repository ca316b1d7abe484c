# np.tensordot(a, b, axes): NumPy's definition (summed axes moved together, one np.dot of the
# two matrices, reshaped to a's free axes then b's).
import numpy as np

p, n = 10, 20
M = np.ones((p, n, n))
V = np.ones((p, n, 1))
S = np.tensordot(M, V, axes=[[0, 2], [0, 1]])
print(S.shape, S[:3].ravel())

a = np.arange(24).reshape(2, 3, 4)
b = np.arange(12).reshape(4, 3)
print(np.tensordot(a, b, axes=([1, 2], [1, 0])))
print(np.tensordot(a, b, axes=1).shape, np.tensordot(a, b, axes=1)[1])
c = np.arange(12.0).reshape(3, 4) / 7
print(np.tensordot(a, c))
print(np.tensordot(a, c, axes=(-1, 1)))
print(np.tensordot(np.arange(3), np.arange(4), axes=0))
x = np.linspace(0, 1, 6).reshape(2, 3)
y = np.linspace(-1, 2, 12).reshape(3, 2, 2)
print(np.tensordot(x, y, axes=([1], [0])))
print(np.tensordot(x.T, y, axes=(1, 1)))

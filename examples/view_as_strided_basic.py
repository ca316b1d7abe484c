# numpy.lib.stride_tricks.as_strided with byte strides, and a.strides of views.
import numpy as np
from numpy.lib import stride_tricks


def rolling(a, window):
    shape = (a.size - window + 1, window)
    strides = (a.strides[0], a.strides[0])
    return stride_tricks.as_strided(a, shape=shape, strides=strides)


Z = rolling(np.arange(10), 3)
print(Z)
np.random.seed(0)
A = np.random.randint(0, 5, (6, 6))
n = 3
i = 1 + (A.shape[0] - 3)
j = 1 + (A.shape[1] - 3)
C = stride_tricks.as_strided(A, shape=(i, j, n, n), strides=A.strides + A.strides)
print(C[1, 2])
print(C.sum(axis=(2, 3)))
A[2, 3] = 100
print(C[0, 1])
print(A.strides, A.T.strides, A[::2, 1:].strides, A[:, 0].strides)
f = np.zeros((3, 4), dtype=np.float32)
print(f.strides, np.ones(5, dtype=bool).strides, (np.arange(6) + 0).strides)
d = stride_tricks.as_strided(np.arange(4.0), shape=(3, 4), strides=(0, 8))
print(d)
print(np.lib.stride_tricks.as_strided(np.arange(6), (2, 2)))
print(A.strides + (1, 2), () + (3,))

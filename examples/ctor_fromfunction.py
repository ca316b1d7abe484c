import numpy as np


def initialize(NI, NJ, datatype=np.float64):
    C = np.fromfunction(lambda i, j: ((i * j + 1) % NI) / NI, (NI, NJ), dtype=datatype)
    A = np.fromfunction(lambda i, k: (i * (k + 1) % NJ) / NJ, (NI, NJ), dtype=datatype)
    return C, A


def g(i, j):
    return i - 2 * j


C, A = initialize(3, 4)
print(C)
print(A)
c32, a32 = initialize(2, 3, np.float32)
print(c32, a32.dtype)
print(np.fromfunction(lambda i, j: i == j, (3, 3), dtype=int))
print(np.fromfunction(g, (2, 3)))
print(np.fromfunction(lambda i, j: i, (2, 3), dtype=np.int64))
print(np.fromfunction(lambda i: i * 0.5, (4,)))

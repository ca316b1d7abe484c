import numpy as np


def initialize(N, datatype=np.float64):
    alpha = datatype(1.5)
    x = np.zeros((N,), dtype=datatype)
    y = np.arange(N).astype(datatype)
    return alpha, x, y


a, x, y = initialize(3)
print(a, x, y)
b, u, v = initialize(2, np.float32)
print(b, u.dtype, v, repr(b))
t = np.int32
print(t, t(7) + t(8), np.float64)
d = x.dtype
print(np.ones(2, dtype=d))

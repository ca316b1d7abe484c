# ufunc outputs on arrays whose extents are known only at run time: in place, into another
# array, inputs broadcast up to the output, complex and bool arrays.
import numpy as np


def step(n):
    z = np.zeros(n, dtype=np.complex128)
    c = np.arange(n) * 0.375 - 1.0 + 0.25j
    for i in range(4):
        np.multiply(z, z, z)
        np.add(z, c, out=z)
    print(z)
    m = np.abs(z) > 0.5
    r = np.logical_not(m, m)
    print(r, m.sum())
    y = np.zeros((2, n))
    np.sqrt(np.arange(n), out=y)
    print(y)
    k = np.arange(n)
    np.add(k, 3, k)
    np.negative(k, out=k)
    print(k)
    w = np.ones(n)
    print(np.exp(w, out=w))


for n in range(2, 5):
    step(n)

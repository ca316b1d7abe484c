# np.mgrid / np.ogrid whose bounds are known only at run time (function parameters in a
# loop): arrays of run-time shape, unpacked, reshaped in place and used as indices.
import numpy as np


def grids(n, m, lo, hi):
    g = np.mgrid[0:n, 1:m]
    print(g.shape, g.dtype)
    print(g)
    xi, yi = np.mgrid[0:n, 0:m]
    print(xi[n - 1], yi[:, 1], xi.shape)
    f = np.mgrid[lo:hi:4j, 0:n]
    print(f)
    o1, o2 = np.ogrid[lo:hi:0.5, 0:m:2]
    print(o1, o2)
    print(np.mgrid[lo:hi], np.mgrid[0:m:3j])


for k in range(2, 4):
    grids(k, k + 1, -1.0 * k, 0.5 * k)

# expect-error: 8:5: unsupported: setting the shape of an array with run-time extents
# An in-place reshape of an array whose extents are known only at run time.
import numpy as np


def f(n):
    a = np.zeros(2 * n)
    a.shape = (2, n)
    print(a)


for n in range(2, 4):
    f(n)

# np.full: the dtype follows the fill value (int -> int64, float -> float64, bool -> bool).
import numpy as np

a = np.full((2, 3), 7)
print(a, a.dtype)
b = np.full(4, 2.5)
print(b, b.dtype)
c = np.full((2,), True)
print(c, c.dtype)
d = np.full((2, 2), -0.0)
print(d)
e = np.full((3, 1, 2), -12)
print(e.shape, e.sum())
n = 3
print(np.full(n, 1e300) * 10)

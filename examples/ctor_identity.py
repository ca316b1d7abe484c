# np.identity(n) is np.eye(n); used as a matrix it behaves like one.
import numpy as np

n = 4
i = np.identity(n)
print(i, i.dtype)
print(np.identity(2, dtype=int), np.identity(3, dtype="bool"))
m = np.arange(16.0).reshape(4, 4)
print(m @ i)
print((m * np.identity(n)).sum())
print(np.identity(n) + np.full((n, n), 0.5))

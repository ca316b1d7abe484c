# .astype always makes a new array; .copy() never shares memory with the original.
import numpy as np

x = np.arange(6).reshape(2, 3)
c = x.copy()
c[0, 0] = 50
print(x[0, 0], c[0, 0])
t = x.T.copy()
t[0, 1] = -1
print(x, t)
print(x.astype(np.float32) / 3)
print(x.astype("bool"), (x * 1.7).astype(int), (x - 2.5).astype(np.int64))
s = x.astype(x.dtype)
s[1, 1] = 0
print(x[1, 1], s[1, 1])
print(np.linspace(0, 1, 4).astype(np.float32), np.eye(2).astype(bool))

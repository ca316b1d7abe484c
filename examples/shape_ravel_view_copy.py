# ravel is a view of a C-contiguous array and a copy otherwise (as NumPy decides).
import numpy as np

x = np.arange(12).reshape(3, 4)
r = x.ravel()
r[0] = -1
print(x)
n = np.ravel(x[1:])
n[0] = -2
print(x)
t = x.T.ravel()
t[1] = 1000
print(t)
print(x)
s = x[:, ::2].ravel()
s[:] = 0
print(s, x[0])
step = np.arange(6)[::2].ravel()
step[0] = 50
print(step)
col = x[:, :1].ravel()
col[0] = 55
print(col, x[0, 0])
row = x[:1, :].ravel()
row[0] = 66
print(row, x[0, 0])

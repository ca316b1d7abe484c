# reshape of a non-contiguous array copies exactly when NumPy copies.
import numpy as np

x = np.arange(12).reshape(3, 4)
t = x.T.reshape(12)
t[0] = -1
print(t, x[0, 0])
c = x[:, 1:3].reshape(6)
c[:] = 0
print(x)
s = x[::2]
v = s.reshape(2, 2, 2)
v[1, 1, 1] = 500
print(x)
w = np.arange(6)[::2].reshape(3, 1)
w[0, 0] = 77
print(w.ravel())
k = x[:, 0].reshape(1, 3)
k[0, 1] = 44
print(x)

# In-place updates whose right side is a transposed, reversed or raveled view of the target:
# NumPy copies the overlapping input first, and so does arrc.
import numpy as np

x = np.arange(6.0).reshape(2, 3)
y = x.T
y += x.transpose()[::-1]
print(x)
z = np.arange(24).reshape(2, 3, 4)
z += z.transpose(0, 2, 1).reshape(2, 3, 4)
print(z)
w = np.arange(8).reshape(2, 4)
w[...] = w[..., ::-1]
print(w)
v = np.arange(5)
v[1:] += v.ravel()[:-1]
print(v)
s = np.arange(9).reshape(3, 3)
s[:] = s.swapaxes(0, 1)
print(s)

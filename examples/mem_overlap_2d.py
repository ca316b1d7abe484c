# Overlapping assignment between views of one 2-D (and 3-D) array: NumPy copies the source
# first whenever the destination has more than one axis.
import numpy as np

a = np.arange(20).reshape(4, 5)
a[1:, :] = a[:-1, :]
print(a)
a = np.arange(20).reshape(4, 5)
a[:, 1:] = a[:, :-1]
print(a)
a = np.arange(20).reshape(4, 5)
a[:-1, 1:] = a[1:, :-1]
print(a)
s = np.arange(16.0).reshape(4, 4)
s[:] = s.T
print(s)
s = np.arange(16.0).reshape(4, 4)
s[::-1, :] = s
print(s)
a = np.arange(20).reshape(4, 5)
a[1:] = a[0]
print(a)
a = np.arange(20).reshape(4, 5)
a[1:] = a[:1]
print(a)
a = np.arange(20).reshape(4, 5)
a[:, 1:] = a[:, :1]
print(a)
a = np.arange(20).reshape(4, 5)
a[0, 1:] = a[0, :-1]
a[1:, 0] = a[:-1, 0]
print(a)
c = np.arange(24).reshape(2, 3, 4)
c[:, 1:, :] = c[:, :-1, :]
print(c)
c = np.arange(24).reshape(2, 3, 4)
c[1:] = c[:1, ::-1, ::-1]
print(c)

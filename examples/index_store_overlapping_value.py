# A value that shares memory with the array it is stored into through an index array or a
# mask is read as it was before the store (NumPy copies it first).
import numpy as np

x = np.arange(-3, 0) - 0.25
x[np.array([-1, 2, -1])] = x
print(x)
y = np.arange(6)
y[np.array([5, 4, 3, 2, 1, 0])] = y
print(y)
z = np.arange(8)
z[z % 2 == 0] = z[::-1][:4]
print(z)
m = np.arange(12).reshape(3, 4)
m[np.array([2, 0]), np.array([1, 3])] = m[0, :2]
print(m)
w = np.arange(6.0)
w[np.array([0, 1, 2])] = w[1:4]
print(w)

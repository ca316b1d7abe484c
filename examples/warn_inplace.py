# In-place operators warn under the ufunc's name, at the statement's line.
import numpy as np

x = np.array([1.0, 0.0, 2.0])
x /= 0
print(x)
y = np.array([1e308, 1.0])
y *= 10
print(y)
z = np.array([4, 8, 0])
z //= np.array([0, 2, 0])
print(z)
w = np.array([1.0, 2.0, 3.0])
w[1:] -= np.inf
w[1:] -= np.inf
print(w)

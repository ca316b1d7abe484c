# Matrix products with np.dot and @, int and float.
import numpy as np

x = np.arange(12).reshape((3, 4))
y = np.array([[2, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])
print(np.dot(x, y.T))
print(x @ y.T)
print(y.T @ x)
f = np.ones((4, 2)) * 0.5
print(x @ f)
print(np.dot(f.T, y.T))
i = np.array([[1, 0], [0, 1]])
print(i @ i, (i @ i).dtype)
print((x @ f).shape, (y.T @ x).shape)
print(repr(np.dot(x, f)))

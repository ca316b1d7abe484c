# np.concatenate along axis 0 stacks rows (or joins vectors).
import numpy as np

x = np.array([1, 2, 4, 8]).reshape((4, 1))
y = (np.ones_like(x) * 2).reshape((4, 1))
print(np.concatenate((x, y), axis=0))
a = np.arange(3)
b = np.arange(5) * 10
print(np.concatenate((a, b), axis=0))
print(np.concatenate((a, b)))
m = np.arange(6).reshape(2, 3)
n = np.ones((1, 3))
c = np.concatenate((m, n, m), axis=0)
print(c)
print(c.shape, c.dtype)
print(np.concatenate((a, a[::-1], a), axis=0))

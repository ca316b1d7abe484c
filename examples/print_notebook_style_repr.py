# The reprs that a notebook would display for common values, printed explicitly.
import numpy as np

x = np.arange(12)
print(repr(x))
print(repr(x.shape), repr(x.size))
print(repr(np.zeros((2, 3, 4))))
print(repr(np.array([[2, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])))
print(repr(np.exp(np.array([1, 2, 4, 8]))))
y = x.reshape((4, 3))
print(repr(y == 4))
print(repr(y.sum()), repr(y.mean()))
print(repr((y[0], y[1])))

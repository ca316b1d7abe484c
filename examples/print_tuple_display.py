# Printing a tuple shows the repr of each item.
import numpy as np

a = np.arange(3).reshape((3, 1))
b = np.arange(2).reshape((1, 2))
print((a, b))
x = np.array([1.5, 2.5])
print((x.sum(), x.max()))
print((x[0], 3, 2.0, True))
print((a.shape, b.shape))
print(a.shape, b.shape)
print((x,))
print((x > 2, "s"))
print((1, 2.5), (-1,))
print((np.arange(2000),))

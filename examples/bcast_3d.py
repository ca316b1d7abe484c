# Broadcasting with three dimensions: (2,1,4) op (3,1) -> (2,3,4).
import numpy as np

a = np.arange(8).reshape(2, 1, 4)
b = np.arange(3).reshape(3, 1)
c = a + b * 100
print(c)
print(c.shape)

d = np.ones((2, 3, 4)) * np.arange(4)
print(d)
e = np.arange(2).reshape(2, 1, 1) - np.arange(3).reshape(1, 3, 1)
print(e)
print(e.shape)
print((a * b).sum())

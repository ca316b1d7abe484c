# (3,1) op (1,2) broadcasts to (3,2).
import numpy as np

a = np.arange(3).reshape((3, 1))
b = np.arange(2).reshape((1, 2))
print(a)
print(b)
print(a + b)
print(a * b)
print(a - b)
print((a + b).shape)
c = a * 10 + b
print(c)
print(b - a / 2)
print(a == b)

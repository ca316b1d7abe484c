# y = y + x allocates a new array: id(y) changes.
import numpy as np

x = np.array([1, 2, 4, 8])
y = np.ones_like(x) * 2
before = id(y)
y = y + x
print(id(y) == before)
print(y)
a = id(x)
x = x * 1
print(id(x) == a)
z = x
print(id(z) == id(x))
z = z + 0
print(id(z) == id(x))
print(x, z)

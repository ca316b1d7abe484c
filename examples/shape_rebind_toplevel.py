# At top level a name may be rebound to a value of another shape, dtype or kind (as the seed
# notebook does); inside a loop it keeps one type.
import numpy as np

x = np.arange(12)
print(x.shape, x.dtype)
x = x.reshape((3, -1))
print(x.shape)
x = x / 4
print(x.dtype, x)
x = x.sum()
print(repr(x))
x = "done"
print(x)
n = 3
n = n * 0.5
print(n)
y = np.zeros(2)
for i in range(3):
    y = y + i
print(y)
y = np.ones((2, 2), dtype=bool)
print(y, y.dtype)

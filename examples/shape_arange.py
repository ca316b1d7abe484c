# np.arange with one and two arguments.
import numpy as np

print(np.arange(5))
print(np.arange(1, 6))
print(np.arange(-3, 3))
print(np.arange(0))
print(np.arange(1))
print(np.arange(10, 13))
print(np.arange(5).dtype, np.arange(2, 9).shape)
n = 4
print(np.arange(n * 2))
print(np.arange(n, n + 3))
print(repr(np.arange(3)))
print(np.arange(6) * 0.5)

# Comparisons broadcast like arithmetic and give bool arrays.
import numpy as np

a = np.arange(3).reshape(3, 1)
b = np.arange(3)
print(a == b)
print(a < b)
print(a >= b)

m = np.arange(12).reshape(3, 4)
print(m > 5)
print(m % 2 == 0)
print(m != np.array([0, 5, 10, 3]))
print((m > 5).sum())
print((a <= b).dtype)

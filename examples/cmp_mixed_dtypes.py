# Comparing int, float and bool arrays and scalars.
import numpy as np

i = np.array([0, 1, 2, 3])
f = np.array([0.0, 1.5, 2.0, -1.0])
b = np.array([False, True, True, False])
print(i == f)
print(i < f)
print(b == i)
print(b > f)
print(i >= 1.5)
print(f < 2)
print(b == True, b != 0)
print(i == i[2])
print(2 < i, 1.5 >= f)
print(b < 1)

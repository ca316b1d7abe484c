# Storing a Python int into a uint8 array: it must fit (NumPy 2's OverflowError).
import numpy as np
a = np.array([1, 2, 3], dtype=np.uint8)
v = 100
for i in range(3):
    a[i] = v
    print(a)
    v = v + 100

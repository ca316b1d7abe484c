# NumPy has no `-` for bool arrays.
import numpy as np

a = np.array([True, False, True])
b = np.array([False, False, True])
print(a - b)

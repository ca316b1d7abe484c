# int() of a 1-D array of one element: NumPy 2.4 only converts 0-d arrays (bool() still works).
import numpy as np

x = np.array([4.5, 2.0, 7.25])
top = x[2:]
n = int(top)
print(n)

# `&` between a float element and an int: no bitwise loop for float64.
import numpy as np

x = np.array([1.5, 2.5])
ok = np.floor(x[0])
print(np.floor(x[0]) & 1)

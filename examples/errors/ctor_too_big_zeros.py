# 2**61 float64 elements need 2**64 bytes: more than an array can hold, so NumPy
# refuses the shape before allocating anything, after what was printed.
import numpy as np

a = np.zeros(3)
print(a)
n = 2**61
b = np.zeros(n)
print(b.size)

# Broadcasting to (2**31, 2**31, 0): the iterator can count it, but the result's
# non-zero dimensions times 8 bytes overflow, so NumPy refuses to allocate it.
import numpy as np

a = np.zeros((2**31, 1, 0))
b = np.zeros((1, 2**31, 0))
print((a + 1).shape)
c = a * b
print(c.shape)

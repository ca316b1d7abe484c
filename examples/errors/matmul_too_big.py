# The product of two empty matrices (2**40, 0) @ (0, 2**40) is a (2**40, 2**40) matrix of
# zeros: 2**83 bytes, too big for an array.
import numpy as np

a = np.zeros((2**40, 0))
b = np.zeros((0, 2**40))
print((b @ a).shape)
c = a @ b
print(c.shape)

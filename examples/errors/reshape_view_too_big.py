# A reshape that needs no copy still makes a new array object, whose shape NumPy checks:
# an unknown dimension resolved to 0 leaves (0, 2**60), too big for float64.
import numpy as np

e = np.zeros((2**59, 0))
print(e.reshape(-1, 2**59).shape)
v = e.reshape(-1, 2**60)
print(v.shape)

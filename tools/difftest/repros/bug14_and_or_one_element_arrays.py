# `and` / `or` between one-element arrays (same type) are fine in NumPy (truth value of one
# element); arrc reports the more-than-one-element error (a known difference in errors.md).
import numpy as np
y = np.arange(2, dtype=float)
z = y[::2]
print(z or z, y[1:] and z)

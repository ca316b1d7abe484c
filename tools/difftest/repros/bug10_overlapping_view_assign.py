# 1-D assignment between overlapping views: NumPy copies element by element (no temporary) when
# the strides point the same way, so later elements see earlier writes.
import numpy as np
x = np.arange(-3, 6).reshape((3, -1))
hi = x[1]
v = x.T
v[2] = hi
print(x)

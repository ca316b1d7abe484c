# expect-error: 6:12: unsupported: a list index together with integer indices, `...` or np.newaxis
# Fancy indexing with a list, a slice and an integer (NumPy's rules move the axes around).
import numpy as np

x = np.arange(24).reshape(2, 3, 4)
picked = x[1, :, [0, 2]]
print(picked)

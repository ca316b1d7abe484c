# expect-error: 6:13: unsupported: an augmented assignment of an array through a boolean mask (only a scalar value)
# The value would be matched to the selected elements in order, which arrc does not do yet.
import numpy as np

x = np.arange(4)
x[x > 1] += np.array([10, 20])
print(x)

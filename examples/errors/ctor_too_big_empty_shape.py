# A shape with a zero dimension holds nothing, but NumPy still checks the product of the
# item size and the other dimensions: (2**59, 0) is a fine empty float64 array, (2**62, 0)
# a fine bool one, but (0, 2**62, 2**62) is too big.
import numpy as np

e = np.zeros((2**59, 0))
print(e.shape, e.size)
f = np.ones((2**62, 0), dtype=bool)
print(f.shape, f.size)
g = np.zeros((0, 2**62, 2**62), dtype=bool)
print(g.shape)

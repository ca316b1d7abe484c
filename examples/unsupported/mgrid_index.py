# expect-error: 5:14: unsupported: np.mgrid with an index other than slices
# np.mgrid indexed by a number (NumPy raises an AttributeError from inside nd_grid).
import numpy as np

g = np.mgrid[3]
print(g)

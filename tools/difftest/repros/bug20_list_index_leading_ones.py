# x[:, [1, 0]] = v where v has extra leading length-1 axes: NumPy drops them (as for other
# indices, cf. bug01), arrc reports "shape mismatch: value array of shape (1,3,2) could not be
# broadcast to indexing result of shape (3,2)".
import numpy as np
x = np.zeros((3, 4))
x[:, [1, 0]] = np.ones((1, 3, 2))
print(x)

# np.empty of 6 EiB of float32: NumPy's MemoryError names the shape and the dtype.
import numpy as np

print(np.empty(0))
x = np.empty((3 * 2**29, 2**30), dtype=np.float32)
print(x.shape)

# expect-error: 6:23: unsupported: the dtype= argument of sum() (a float32 result of a float64 array)
# A narrower accumulator than the array's own dtype.
import numpy as np

x = np.arange(4.0)
print(np.sum(x, dtype=np.float32))

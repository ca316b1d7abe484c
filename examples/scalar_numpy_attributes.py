# NumPy scalars carry array attributes: ndim 0, size 1, shape (), and their dtype.
import numpy as np

x = np.arange(6).reshape(2, 3)
total = x.sum()
avg = x.mean()
big = x[1, 2] > 4
print(total.ndim, total.size, total.shape, total.dtype)
print(avg.ndim, avg.size, avg.shape, avg.dtype, repr(avg.dtype))
print(big.ndim, big.size, big.shape, big.dtype, repr(big.shape))
print(x.ndim + total.ndim, x.size * avg.size, len(total.shape))
print(str(total.dtype) + "/" + str(x.dtype) + "/" + repr(x[0, 0].dtype))

# Casts: nan and inf to int are invalid, float64 beyond float32's range overflows.
import numpy as np

x = np.array([1.5, np.nan, -np.inf, 2.5])
print(x.astype(np.int64))
big = np.array([1e300, 1.0, -1e39])
print(big.astype(np.float32))
ints = np.zeros(4, dtype=np.int64)
ints[:] = x
print(ints)
print(np.array([1.0, 2.0]).astype(np.int64))

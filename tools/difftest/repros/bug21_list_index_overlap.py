# x[[1, 0]] = x[:2]: NumPy evaluates the value completely before writing (lang-spec/indexing.md),
# giving [2. 1. 3.]; arrc writes entry by entry from the overlapping view: [1. 1. 3.]. A scalar
# value that reads the target is re-evaluated per entry too: z[[0, 1, 2]] = z.max() + 1 gives
# [1 2 3] instead of [1 1 1].
import numpy as np
x = np.array([1.0, 2.0, 3.0])
x[[1, 0]] = x[:2]
print(x)
z = np.zeros(3, dtype=int)
z[[0, 1, 2]] = z.max() + 1
print(z)

# dtype= on the creation functions: Python types, NumPy types and dtype strings.
import numpy as np

counts = np.zeros(4, dtype=int)
weights = np.ones((2, 3), dtype=np.float64)
mask = np.zeros(5, dtype=bool)
ids = np.arange(5, dtype="float64")
steps = np.arange(2, 11, 3, dtype=np.int64)
flags = np.array([0, 1, 2, 0], dtype=np.bool_)
cents = np.array([1.99, 2.5, -0.75], dtype="int64")
like = np.ones_like(ids, dtype="bool")
zl = np.zeros_like(weights, dtype=int)
ratios = np.array([1, 2, 4], dtype=float)
counts[1] = 7.9
mask[1:4] = True
print(counts, counts.dtype)
print(weights / 4, weights.dtype)
print(mask, mask.sum(), repr(mask))
print(ids / 2, repr(steps), repr(flags), repr(cents))
print(repr(like), zl, zl.dtype, repr(ratios))
print(np.ones(3, dtype=np.int64) * 2.5, np.zeros(2, dtype="bool") + 1)

# expect-error: 6:8: unsupported: a conditional expression whose branches differ in type (numpy.int64 and int)
# A conditional expression whose branches have different types (np.int64 and int).
import numpy as np

x = np.array([4, -2, 7])
best = x.max() if x.max() > 0 else 0
print(best)

# expect-error: 5:7: unsupported: np.maximum.accumulate
import numpy as np

a = np.array([1, 3, 2, 5])
print(np.maximum.accumulate(a))

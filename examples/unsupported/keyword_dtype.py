# expect-error: 4:22: unsupported: keyword argument 'dtype' of np.zeros
import numpy as np

x = np.zeros((2, 3), dtype=np.int64)
print(x)

# expect-error: 6:12: unsupported: np.newaxis together with array indices
import numpy as np

x = np.arange(12).reshape(3, 4)
idx = np.array([0, 2])
print(x[:, None, idx])

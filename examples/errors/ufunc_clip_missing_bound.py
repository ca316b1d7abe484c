# np.clip(a, lo) without the upper bound.
import numpy as np

x = np.arange(5)
ok = np.clip(x, 1, 3)
print(np.clip(x, 1))

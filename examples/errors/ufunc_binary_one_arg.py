# np.arctan2 needs two inputs.
import numpy as np

y = np.array([1.0, -1.0])
ok = np.arctan2(y, 1.0)
print(np.arctan2(y))

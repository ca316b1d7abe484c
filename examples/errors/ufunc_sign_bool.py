# np.sign has no loop for booleans.
import numpy as np

m = np.array([1, -2, 3]) > 0
ok = np.sign(np.array([1, -2, 3]))
print(np.sign(m))

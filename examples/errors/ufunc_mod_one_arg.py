# np.mod is the ufunc `remainder`, and NumPy's message names it so.
import numpy as np

a = np.arange(4)
ok = np.mod(a, 3)
print(np.mod(a))

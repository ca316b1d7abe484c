# np.where with a condition and one value: both or neither of x and y.
import numpy as np

x = np.arange(5)
ok = np.where(x > 2, x, 0)
z = np.where(x > 2, x)

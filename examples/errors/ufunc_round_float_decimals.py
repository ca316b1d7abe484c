# decimals must be an int.
import numpy as np

x = np.array([1.25, 2.5])
ok = np.round(x, 1)
print(np.round(x, 1.5))

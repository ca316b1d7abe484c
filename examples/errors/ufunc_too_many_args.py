# np.sin takes one input (and an optional out): three arguments are NumPy's TypeError.
import numpy as np

x = np.array([0.0, 1.0])
ok = np.sin(x)
y = np.sin(x, x, x)
print(y)

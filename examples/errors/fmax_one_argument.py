# np.fmax is a binary ufunc: one operand is NumPy's TypeError.
import numpy as np

x = np.array([1.0, np.nan])
print(np.fmax(x))

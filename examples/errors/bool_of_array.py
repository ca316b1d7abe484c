# bool() of a multi-element array is NumPy's truth-value error, not the scalar-conversion one.
import numpy as np
y = np.arange(2).reshape(1, 2)
print(bool(y))

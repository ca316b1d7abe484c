# NumPy resolves the ufunc (boolean subtract error) before broadcasting the shapes.
import numpy as np
x = np.ones(6, dtype=bool)
x -= np.ones(5, dtype=bool)

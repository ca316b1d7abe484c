# An index array with a value out of the axis's bounds.
import numpy as np

m = np.arange(12).reshape(3, 4)
cols = np.array([1, 5])
print(m[[0, 1], cols])

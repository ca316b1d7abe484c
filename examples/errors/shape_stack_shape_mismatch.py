# stack needs arrays of one shape.
import numpy as np

a = np.zeros((2, 3))
b = np.zeros((3, 2))
s = np.stack([a, b])

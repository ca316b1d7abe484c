import numpy as np

x = np.arange(6)
mask = np.array([True, False, True])
x[mask] = 0

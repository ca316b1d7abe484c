import numpy as np

x = np.zeros((2, 3))
y = np.moveaxis(x, 0, 2)

# squeeze of axis 3 on a 2-D array.
import numpy as np

x = np.zeros((1, 3))
y = np.squeeze(x, axis=3)

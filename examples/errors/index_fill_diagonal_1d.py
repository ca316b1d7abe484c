import numpy as np

a = np.zeros(4)
np.fill_diagonal(a, 1.0)

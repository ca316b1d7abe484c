import numpy as np

x = np.zeros(5)
x[[0, 1]] = np.array([1.0, 2.0, 3.0])

import numpy as np

x = np.zeros((2, 3, 4))
print(x[:, np.array([0, 1]), np.array([0, 1, 2])])

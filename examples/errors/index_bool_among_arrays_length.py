import numpy as np

X = np.arange(12).reshape((3, 4))
print(X[np.array([0, 2]), np.array([True, False, True])])

import numpy as np

x = np.arange(5)
print(x[np.array([1, -2])])
print(x[np.array([1, 5])])

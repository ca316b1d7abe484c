import numpy as np

x = np.array([1.0, 2.0, 3.0])
print(np.histogram(x, bins=2)[0])
x[1] = np.inf
print(np.histogram(x, bins=2)[0])

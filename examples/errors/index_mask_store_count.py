import numpy as np

x = np.arange(6)
print(x)
x[x > 2] = np.array([1, 2])
print(x)

import numpy as np

x = np.array([5, 1, 4, 2, 3])
print(x)
print(np.partition(x, 9))

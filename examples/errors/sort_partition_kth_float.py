import numpy as np

x = np.array([3.0, 1.0, 2.0])
print(np.partition(x, 1.0))

import numpy as np

x = np.array([3, 1, 2, 7])
for k in range(6):
    print(k, np.partition(x, k))

import numpy as np

a = np.arange(4)
print(np.insert(a, 4, 9))
k = int(a[1]) + 4
print(np.insert(a, k, 9))

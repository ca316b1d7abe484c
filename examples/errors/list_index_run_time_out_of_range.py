import numpy as np

L = [3, 1, 4]
x = np.arange(4)
n = int(x.sum() > 0) + 2
print(L[n - 3])
print(L[n + 1])

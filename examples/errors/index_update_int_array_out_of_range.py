import numpy as np

x = np.arange(5)
i = np.array([1, 7])
print(x)
x[i] += 1
print(x)

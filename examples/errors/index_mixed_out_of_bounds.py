import numpy as np

x = np.arange(12).reshape(4, 3)
idx = np.array([0, 2])
print(x[:, idx])
idx[1] = 5
print(x[1:, idx])

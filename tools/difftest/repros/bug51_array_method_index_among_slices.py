import numpy as np
y = np.arange(20).reshape(5, 4)
print(y[:, np.array([0, 3, -1, -2]).reshape(2, 2)])
print(y[np.array([2, -2, 0, 1]).reshape(2, 2), -1])

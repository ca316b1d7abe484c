import numpy as np
x = np.arange(8.0).reshape(4, 2)
i = np.array([2, -1, 0, 2]).reshape(2, 2)
print(x[i])
print(x[i,])

import numpy as np
z = np.arange(10).reshape(5, 2)
L = [1, 0, 1]
print(z[L])
print(z[:, L])

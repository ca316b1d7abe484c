import numpy as np

z = np.zeros(10)
idx = np.array([1, 2, 10])
np.add.at(z, idx, 1)
print(z)

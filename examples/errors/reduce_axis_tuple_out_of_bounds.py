import numpy as np

x = np.zeros((2, 3, 4))
print(x.max(axis=(0, 3)))

import numpy as np

x = np.ones((2, 3))
print(x.max(axis=0, keep=True))

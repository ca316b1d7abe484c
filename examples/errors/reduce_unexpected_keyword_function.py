import numpy as np

x = np.ones((2, 3))
print(np.sum(x, axes=0))

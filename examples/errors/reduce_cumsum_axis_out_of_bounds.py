import numpy as np

x = np.ones((2, 3))
print(np.cumsum(x, axis=2))

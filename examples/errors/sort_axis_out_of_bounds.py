import numpy as np

x = np.arange(6).reshape(2, 3)
print(np.sort(x, axis=2))

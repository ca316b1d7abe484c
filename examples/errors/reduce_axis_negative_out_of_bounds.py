import numpy as np

x = np.arange(6.0).reshape(2, 3)
print(np.mean(x, axis=-3))

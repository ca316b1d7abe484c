import numpy as np

x = np.ones((2, 3))
print(x.argmax(axis=(0, 1)))

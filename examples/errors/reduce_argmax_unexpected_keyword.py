import numpy as np

x = np.ones((2, 3))
print(np.argmax(x, axes=0))

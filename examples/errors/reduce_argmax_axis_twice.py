import numpy as np

x = np.ones((2, 3))
print(x.argmax(0, axis=0))

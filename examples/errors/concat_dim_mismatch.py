# concatenate along axis 0 needs equal sizes on every other axis.
import numpy as np

a = np.ones((2, 3))
b = np.ones((2, 4))
c = np.concatenate((a, b), axis=0)
print(c)

# Two 1-D arrays have no axis 1.
import numpy as np

a = np.arange(3)
b = np.arange(3)
print(np.concatenate((a, b), axis=1))

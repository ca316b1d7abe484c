import numpy as np

a = np.arange(4)
b = np.add(a, 1, out=a)
np.multiply(a, 1.5, out=a)

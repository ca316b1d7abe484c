# np.dot of vectors of different lengths.
import numpy as np

a = np.arange(3)
b = np.arange(4)
print(np.dot(a, b))

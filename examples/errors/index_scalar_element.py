# Indexing an element of a 1-D array once more.
import numpy as np

v = np.arange(4)
print(v[1][0])

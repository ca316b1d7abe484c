# Unpacking the shape of a 1-D array into two names.
import numpy as np

v = np.arange(6)
rows, cols = v.shape
print(rows, cols)

# Three indices for a 2-D array.
import numpy as np

x = np.zeros((3, 4))
print(x[1, 2, 0])

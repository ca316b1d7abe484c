# Unpacking rows of the wrong length in a for loop over a matrix.
import numpy as np

M = np.arange(6).reshape(2, 3)
for a, b in M:
    print(a, b)

# A float update of int elements through several index arrays.
import numpy as np

m = np.arange(6).reshape(2, 3)
m[[0, 1], [1, 2]] += 0.5
print(m)

# Batched @ whose matrices do not fit: (3,4) matrices times (5,2) matrices.
import numpy as np

a = np.ones((2, 3, 4))
b = np.ones((2, 5, 2))
print(a @ b)

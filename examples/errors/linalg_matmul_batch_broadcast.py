# Batch axes of lengths 2 and 3 do not broadcast, although the matrices fit.
import numpy as np

a = np.ones((2, 3, 4))
b = np.ones((3, 4, 2))
c = a @ b

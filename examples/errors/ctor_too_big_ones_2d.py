# The element count 2**66 of a 2-d shape overflows: NumPy refuses it.
import numpy as np

print(np.ones((2, 3)).sum())
x = np.ones((2**33, 2**33))
print(x.shape)

# np.full's shape is checked like np.zeros's.
import numpy as np

print(np.full(3, 7))
x = np.full((2**40, 2**30), 1.5)
print(x.size)

import numpy as np

print(np.unravel_index(99, (6, 7, 8)))
i, j = np.unravel_index(7, (3, 4))
print(i, j, repr(i))
print(np.unravel_index(0, 5))

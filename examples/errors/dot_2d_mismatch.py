# np.dot of (2,3) and (4,2): inner dimensions 3 and 4 differ.
import numpy as np

a = np.ones((2, 3))
b = np.ones((4, 2))
print(np.dot(a, b))

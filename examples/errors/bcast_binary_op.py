# A binary operator between shapes (3,4) and (2,) cannot broadcast.
import numpy as np

x = np.ones((3, 4))
b = np.array([0.5, 1.5])
y = x + b
print(y)

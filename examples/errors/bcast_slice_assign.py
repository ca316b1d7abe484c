# Assigning into a slice uses a different message from operators.
import numpy as np

z = np.zeros((3, 4))
w = np.ones(2)
z[:] = w
print(z)

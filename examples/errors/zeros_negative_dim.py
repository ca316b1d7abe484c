# Shapes cannot have negative sizes.
import numpy as np

z = np.zeros((2, -3))
print(z)

# Nested lists must be rectangular.
import numpy as np

m = np.array([[1, 2, 3], [4, 5]])
print(m)

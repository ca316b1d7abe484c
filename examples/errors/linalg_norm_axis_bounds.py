# axis=2 of a matrix.
import numpy as np

m = np.ones((2, 3))
print(np.linalg.norm(m, axis=2))

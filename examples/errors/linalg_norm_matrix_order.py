# ord=3 is a vector norm; a matrix has no 3-norm in np.linalg.norm.
import numpy as np

m = np.ones((2, 2))
print(np.linalg.norm(m, 3))

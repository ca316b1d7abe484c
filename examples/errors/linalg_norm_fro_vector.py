# The Frobenius norm is for matrices only.
import numpy as np

v = np.array([3.0, 4.0])
print(np.linalg.norm(v, 'fro'))

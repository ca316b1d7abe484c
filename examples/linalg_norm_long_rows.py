# Row norms sum the squares pairwise, as NumPy's add.reduce does along the last axis; column
# norms add row after row.
import numpy as np

x = np.arange(60.0).reshape(3, 20) * 0.1 + 0.05
print(np.linalg.norm(x, axis=1))
print(np.linalg.norm(x, axis=0))
print(np.linalg.norm(x, ord=1, axis=1))
print(np.linalg.norm(x, np.inf))

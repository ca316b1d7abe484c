# np.linalg.norm(x, axis=k): one vector norm per row or column.
import numpy as np

m = np.array([[3.0, 4.0, 0.0], [-6.0, 8.0, 1.0]])
print(np.linalg.norm(m, axis=1))
print(np.linalg.norm(m, axis=0))
print(np.linalg.norm(m, axis=-1))
print(np.linalg.norm(m, ord=1, axis=0))
print(np.linalg.norm(m, np.inf, 1))
print(np.linalg.norm(m, ord=0, axis=0))
print(np.linalg.norm(m, -np.inf, axis=1))
print(repr(np.linalg.norm(np.array([3.0, 4.0]), axis=0)))

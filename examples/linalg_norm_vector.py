# np.linalg.norm of vectors: the 2-norm by default, and ord=1, 2, inf, -inf and 0.
import numpy as np

v = np.array([3.0, -4.0, 0.0, 12.0])
print(repr(np.linalg.norm(v)))
print(np.linalg.norm(v, 1), np.linalg.norm(v, ord=2), np.linalg.norm(v, np.inf))
print(np.linalg.norm(v, -np.inf), np.linalg.norm(v, 0))
print(np.linalg.norm(v, ord=None))
print(np.linalg.norm(np.array([1.0, 1.0])))
print(np.linalg.norm(np.arange(5.0)))
print(np.linalg.norm(v[::2], np.inf), np.linalg.norm(v[::-1], 1))

# np.linalg.norm of a matrix: Frobenius by default (and 'fro'), ord=1 the largest column sum of
# absolute values, inf the largest row sum; -1 and -inf the smallest.
import numpy as np

m = np.array([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]])
print(repr(np.linalg.norm(m)))
print(np.linalg.norm(m, 'fro'), np.linalg.norm(m, ord='f'))
print(np.linalg.norm(m, 1), np.linalg.norm(m, np.inf))
print(np.linalg.norm(m, -1), np.linalg.norm(m, -np.inf))
print(np.linalg.norm(m.T, 1), np.linalg.norm(m.T, np.inf))
e = np.eye(3)
print(np.linalg.norm(e), np.linalg.norm(e, 1))

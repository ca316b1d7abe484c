# np.linalg.matrix_rank: the number of singular values above S.max() * max(m, n) * eps.
import numpy as np

np.random.seed(0)
Z = np.random.uniform(0, 1, (10, 10))
print(np.linalg.matrix_rank(Z))
print(np.linalg.matrix_rank(np.eye(4)), np.linalg.matrix_rank(np.zeros((3, 5))), np.linalg.matrix_rank(np.ones((3, 3))))
A = np.random.standard_normal((6, 3))
B = A @ np.random.standard_normal((3, 8))      # rank 3
print(np.linalg.matrix_rank(B), np.linalg.matrix_rank(B.T))
print(repr(np.linalg.matrix_rank(np.arange(12).reshape(3, 4))))
C = np.random.standard_normal((5, 5))
C[:, 4] = C[:, 0] + 2.0 * C[:, 1]
print(np.linalg.matrix_rank(C))
print(np.linalg.matrix_rank(np.diag(np.array([1.0, 1e-3, 1e-9, 0.0]))))

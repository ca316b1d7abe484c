import numpy as np

Z = np.diag(1 + np.arange(4), k=-1)
print(Z)
print(np.diag(np.array([1.5, -0.0, 2.0])), np.diag(np.array([True, False]), 2))
M = np.arange(12).reshape(3, 4)
print(np.diag(M), np.diag(M, 1), np.diag(M, -1), M.diagonal(), M.diagonal(2), np.diagonal(M, -2), M.T.diagonal(1))
print(np.diag(M, 5), np.diag(M[:, ::-1]))
E = np.eye(3)
print(np.diag(np.diag(E * 2)))

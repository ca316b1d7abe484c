import numpy as np

np.random.seed(0)
P = np.random.random((4, 2))
U, V = np.atleast_2d(P[:, 0], P[:, 1])
print(U.shape, np.atleast_2d(3.0), np.atleast_2d(P).shape, np.atleast_2d(np.float32(2.5)).dtype)
D = np.sqrt((U - U.T) ** 2 + (V - V.T) ** 2)
print(D)
U[0, 0] = -1.0
print(P[0])

import numpy as np

x = np.array([2, 1, 4, 3, 5])
i = np.argsort(x)
print(repr(x[i]), x[np.array([-1, 0, 0])])
np.random.seed(1)
X = np.random.randn(10)
idx = np.random.randint(0, X.size, (4, X.size))
print(X[idx].mean(axis=1))
M = np.arange(12).reshape(4, 3)
print(M[np.array([[0, 3], [1, 1]])], M[i[:2]].shape)
j = 2
print(x[j], M[j], M[1, 2], x[j - 1])

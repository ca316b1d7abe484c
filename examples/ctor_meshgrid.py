import numpy as np

X, Y = np.meshgrid(np.linspace(-1, 1, 4), np.linspace(-1, 1, 3))
print(X, Y)
A, B = np.meshgrid(np.arange(2), np.array([-0.0, 1.5, np.nan]), indexing="ij")
print(A, B, A.dtype)
D = np.sqrt(X * X + Y * Y)
print(np.exp(-((D - 0.0) ** 2 / (2.0 * 1.0**2))))
x, y, z = np.meshgrid(np.arange(2), np.arange(3.0), np.arange(4), indexing="ij")
print(x.shape, y.dtype, z[1, 2])

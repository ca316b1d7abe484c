# Integer arrays among slices made by an array's own methods in the index itself.
import numpy as np

y = np.arange(20).reshape(5, 4)
print(y[np.array([3, -3, -1, 1]).reshape(2, 2), -4])
print(y[:, np.array([1, 0, 1, 2]).reshape(2, 2)])
print(y[1:4, np.arange(3).copy()])
print(y[np.array([[0, 2]]).T, ::-1])
print(y[..., np.array([2.0, 0.0]).astype(np.int64)])
z = y.copy()
z[:, np.array([0, 3]).reshape(2, 1)] = -1
print(z)

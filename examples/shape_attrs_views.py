# Shape, size and ndim of views and results.
import numpy as np

x = np.arange(60).reshape(3, 4, 5)
print(x.shape, x.ndim, x.size)
print(x[0].shape, x[0].ndim)
print(x[0, 1].shape, x[0, 1].ndim)
print(x[1:, ::2, 1:4].shape, x[1:, ::2, 1:4].size)
print(x.T.shape, x.reshape(-1, 5).shape)
print((x > 3).shape, x.sum().ndim)
print(np.dot(x[0], x[1].T).shape)
print(np.concatenate((x, x), axis=1).shape)
print(x[::-1].shape, x[:, 3].shape)

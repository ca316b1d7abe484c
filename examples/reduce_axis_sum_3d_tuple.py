import numpy as np

x = np.arange(24.0).reshape(2, 3, 4) / 7.0
print(x.sum(axis=(0, 2)))
print(x.sum(axis=(1, 2)))
print(x.sum(axis=(-1, 0)))
print(x.sum(axis=(0, 1, 2)))
print(x.sum(axis=(0, 2), keepdims=True))
print(x.sum(axis=(0, 2), keepdims=True).shape)
print(np.sum(x, axis=(2, 1)))
print(x.sum(axis=1).shape)
print(x.sum(axis=()).shape)

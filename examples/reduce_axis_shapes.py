import numpy as np

x = np.ones((2, 3, 4, 5))
print(x.sum(axis=0).shape, x.sum(axis=3).shape, x.sum(axis=(1, 3)).shape)
print(x.sum(axis=(0, 1, 2)).shape, x.sum(axis=(0, 2), keepdims=True).shape)
print(x.mean(axis=-2).shape, x.max(axis=(-1, -4)).shape)
print(x.argmax(axis=2).shape, x.cumsum(axis=1).shape, x.cumsum().shape)
print(x.sum(axis=(3, 0, 1)))

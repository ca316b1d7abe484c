import numpy as np

x = np.arange(12.0).reshape(3, 4) * 0.1
print(x.sum(axis=0))
print(x.sum(axis=1))
print(x.sum(axis=-1))
print(x.sum(axis=-2))
print(x.sum(axis=0, keepdims=True))
print(x.sum(axis=1, keepdims=True))
s = np.sum(x, axis=1)
print(s.shape, s.dtype)
print(repr(np.sum(x, axis=(0, 1))))

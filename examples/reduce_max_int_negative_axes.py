import numpy as np

a = np.arange(24).reshape(2, 3, 4) % 7 - 3
print(a.max(axis=-1))
print(a.min(axis=-2))
print(a.max(axis=(-1, -3)))
print(np.amin(a, axis=(0, -1), keepdims=True))
print(a.sum(axis=-3), a.prod(axis=-1))
print(a.argmax(axis=-1), a.argmin(axis=-3))

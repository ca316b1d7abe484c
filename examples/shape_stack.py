# np.stack joins equal-shaped arrays along a new axis.
import numpy as np

a = np.arange(6).reshape(2, 3)
b = a * 10
print(np.stack([a, b]))
print(np.stack((a, b), axis=1))
print(np.stack([a, b], axis=-1).shape, np.stack([a, b, a], axis=2)[1])
print(np.stack([np.arange(3), np.arange(3.0)]))
s = np.stack([a, b])
s[0, 0, 0] = 100
print(a[0, 0])
print(np.stack([a[0], b[1]], axis=0), np.stack([a.T, b.T]).shape)

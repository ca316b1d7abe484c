# x.reshape(3, 4), x.reshape((3, 4)), np.reshape(x, shape), with -1.
import numpy as np

x = np.arange(12)
print(x.reshape(3, 4))
print(x.reshape((4, 3)))
print(np.reshape(x, (2, -1)))
print(np.reshape(x, [3, 2, 2]).shape, x.reshape(-1, 1).shape, x.reshape(12).shape)
m = x.reshape((3, 4)).reshape(2, 6)
m[0, 0] = -9
print(x[:3])
print(np.linspace(0, 1, 6).reshape(2, 3), np.eye(4).reshape(2, 8))
print(np.zeros([2, 3]).shape, np.full([2, 2], 1).shape, np.ones([3], dtype=int))

# reshape with a tuple or separate ints, with one -1 inferred.
import numpy as np

x = np.arange(12)
print(x.reshape((3, 4)))
print(x.reshape(3, 4))
print(x.reshape((3, -1)))
print(x.reshape(-1, 4))
print(x.reshape(2, -1, 3))
print(x.reshape(2, -1, 3).shape)
print(x.reshape(12, 1).shape, x.reshape(1, -1).shape)
print(x.reshape(-1).shape, x.reshape((12,)).shape)
m = x.reshape(4, 3)
print(m.reshape(6, 2))
print(m.T.reshape(-1))
print(np.arange(6).reshape(1, 2, 1, 3))

# np.expand_dims inserts length-1 axes (int or tuple of axes of the result); a view.
import numpy as np

x = np.arange(6).reshape(2, 3)
print(np.expand_dims(x, 0).shape, np.expand_dims(x, 1).shape, np.expand_dims(x, -1).shape)
print(np.expand_dims(x, (0, -1)).shape, np.expand_dims(x, (0, 2)).shape)
print(np.expand_dims(x, axis=(3, 0, 1)).shape)
print(np.expand_dims(x, 1))
e = np.expand_dims(x, 0)
e[0, 1, 2] = -7
print(x)
v = np.arange(3.0)
print(np.expand_dims(v, 1) * v)

# np.concatenate along axis 1 (and axis -1) joins columns.
import numpy as np

x = np.arange(6).reshape(2, 3)
y = np.array([[10], [20]])
print(np.concatenate((x, y), axis=1))
print(np.concatenate((y, x, y), axis=1))
print(np.concatenate((x, x * 2), axis=-1))
print(np.concatenate((x.T, x.T), axis=1))
t = np.arange(8).reshape(2, 2, 2)
print(np.concatenate((t, t), axis=2))
print(np.concatenate((t, t), axis=1).shape)
z = np.concatenate((x, y), axis=1)
z[0, 0] = 99
print(x[0, 0], z[0])

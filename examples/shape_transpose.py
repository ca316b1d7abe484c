# .T reverses the axes; of a 1-D array it is the same vector.
import numpy as np

v = np.arange(4)
print(v.T, v.T.shape)
m = np.arange(6).reshape(2, 3)
print(m.T)
print(m.T.shape, m.T.T.shape)
print(m.T.T)
t = np.arange(24).reshape(2, 3, 4)
print(t.T.shape)
print(t.T[:, :, 0])
print(m.T + np.array([10, 20]))
print(m.T * m.T)
col = np.arange(3).reshape(3, 1)
print(col.T, col.T.shape)

# np.matmul is @ as a function, for every combination of 1-D, 2-D and 3-D operands.
import numpy as np

v = np.array([1, 2, 3])
m = np.arange(6).reshape(3, 2)
s = np.arange(12).reshape(2, 2, 3)
print(np.matmul(v, v))
print(np.matmul(v, m))
print(np.matmul(m.T, v))
print(np.matmul(m.T, m))
print(np.matmul(s, m))
print(np.matmul(s, v))
print(np.matmul(s, s.transpose(0, 2, 1)))
d = np.matmul(v, v)
print(repr(d), d.dtype)

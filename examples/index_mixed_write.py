# Writing through integer arrays mixed with slices: the value is evaluated first, so a
# column swap works; `+=` gathers, adds and stores back.
import numpy as np

v = np.arange(12.0).reshape(6, 2)
v[:, [0, 1]] = v[:, [1, 0]]
print(v)
v[:, 1] *= -1
print(v)
x = np.zeros((3, 5), dtype=np.int64)
idx = np.array([4, 0])
x[:, idx] += 1
x[:, idx] += np.array([10, 20])
print(x)
x[idx - 3, 1:3] = 7
print(x)
x[1:, [2, 3]] = np.array([[1, 2], [3, 4]])
print(x)
x[:, [1, 1]] = np.array([5, 6])     # a repeated index keeps the last value
print(x)
T = np.zeros((2, 3, 4))
T[0, :, [1, 2]] = np.arange(6.0).reshape(2, 3)
print(T)
m = np.arange(16).reshape(4, 4)
m[::2, [0, 3]] = m[::2, [3, 0]]
print(m)

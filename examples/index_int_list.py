import numpy as np

x = np.arange(10) * 3
print(x[[0, 2, 4]])
print(x[[-1, 0, -1]])
m = np.arange(12.0).reshape(3, 4)
print(m[[2, 0]])
print(m[:, [3, 1]])
print(m[1:, [0, 0, 2]])
g = x[[1, 3]]
g[0] = 1000           # a copy: x is unchanged
print(g, x)

# writes
y = np.zeros(6, dtype=np.int64)
y[[1, 3, 5]] = 7
print(y)
y[[0, 2]] = np.array([10, 20])
print(y)
y[[4, 4]] = np.array([1, 2])   # repeated index: the last value stays
print(y)
z = np.zeros((3, 3))
z[:, [0, 2]] = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
print(z)
z[[1]] = 9
print(z)
z[[0, 2], 1:] = np.array([-1.0, -2.0])
print(z)

# np.ix_: an open mesh of index arrays, for reading and writing a cross product of rows and
# columns.
import numpy as np

x = np.arange(20).reshape(4, 5)
rows = np.array([0, 3])
cols = np.array([4, 1, 2])
print(x[np.ix_(rows, cols)])
print(x[np.ix_([1, 2], [0, -1])])
x[np.ix_(rows, cols)] = 0
print(x)
x[np.ix_([1], [0, 1])] += 100
print(x)
r, c = np.ix_(rows, cols)
print(r.shape, c.shape)
print(r, c)
T = np.arange(24).reshape(2, 3, 4)
print(T[np.ix_([1, 0], [2], [0, 3])])

# np.split / vsplit / hsplit / array_split unpacked into names at once.
import numpy as np

x = [1, 2, 3, 99, 99, 3, 2, 1]
x1, x2, x3 = np.split(x, [3, 5])
print(x1, x2, x3)
grid = np.arange(16).reshape((4, 4))
upper, lower = np.vsplit(grid, [2])
print(upper)
print(lower)
left, right = np.hsplit(grid, [2])
print(left)
print(right)
a, b = np.split(np.arange(6.0), 2)
print(a, b)
p, q, r = np.array_split(np.arange(7), 3)
print(p, q, r)
c, d = np.split(grid, [1], axis=1)
c[0, 0] = 100
print(grid[0], d.shape)

import numpy as np

steps = np.array([1.0, -0.5, 2.25, 0.125, -3.0, 1.5])
path = steps.cumsum()
print(path)
back = path[1:] - path[:-1]
print(back)
grid = np.arange(1, 13).reshape(3, 4)
c = grid.cumsum(axis=0).cumsum(axis=1)
print(c)
print(c[-1, -1] == grid.sum())
growth = np.cumprod(np.array([1.01, 1.02, 0.99, 1.05]))
print(growth, growth[-1] * 100.0)

import numpy as np

a = np.array([1, 2, 3, 2, 4])
b = np.array([2, 3, 5, 7, 5])
print(np.setxor1d(a, b))
print(np.setxor1d([0, 9], np.arange(3)))
print(np.setxor1d(np.array([True, False]), np.array([True])))

# np.power, np.mod and np.floor_divide mean what **, % and // mean for arrays.
import numpy as np

a = np.array([-7, -3, 3, 7])
print(np.power(a, 2), a ** 2)
print(np.mod(a, 3), a % 3)
print(np.mod(a, -3), a % -3)
print(np.floor_divide(a, 2), a // 2)
print(np.floor_divide(a, 0), np.mod(a, 0))
f = np.array([-7.5, 7.5])
print(np.mod(f, 2), np.floor_divide(f, 2), np.power(f, 2))
print(np.power(np.array([2.0, 4.0]), 0.5), np.power(2, np.arange(5)))
print(np.floor_divide(np.array([1.0, -1.0]), 0.0), np.mod(np.array([1.0, -1.0]), 0.0))

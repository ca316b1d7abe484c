# Integer arrays are padded to the widest element, minus sign included.
import numpy as np

print(np.array([1, 10, 100, 1000]))
print(np.array([-1, 10, -100]))
print(np.array([[1, -2], [300, 4]]))
print(repr(np.array([[1, -2], [300, 4]])))
print(np.array([9223372036854775807, 0]))
print(np.array([-9223372036854775808, 1]))
print(np.array([0]))
print(repr(np.array([5])))
print(np.arange(-5, 6))
print(np.arange(-3, 3).reshape(2, 3))
print(np.arange(100, 110) * -1)

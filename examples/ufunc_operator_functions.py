# Lists of numbers where NumPy converts them (np.sin([0, 1]), np.sum([1, 2, 3])), and the operators'
# ufuncs np.add, np.subtract, np.multiply, np.divide, np.less, ..., np.bitwise_and, ...
import numpy as np
print(np.sin([0, 1]), np.sqrt([4.0, 9.0]), np.maximum([1, 5, 2], 3), np.add([1, 2], [3.5, 4]))
print(np.sum([1, 2, 3]), np.mean([1.0, 2.0, 4.0]), np.max([3, 9, 2]), np.cumsum([1, 2, 3]))
print(np.logical_not([True, False]), np.abs([-1.5, 2]), np.exp([0.0]))
x = np.arange(5.0)
print(np.logical_and(x[:3] > 0, x[1:4] < 3), np.logical_not(x[:2]))
a = np.arange(4)
print(np.add(a, 1), np.subtract(5, a), np.multiply(a, a), np.divide(a, 2), np.true_divide(1, 4))
print(np.less(a, 2), np.greater_equal(a, [0, 2, 2, 5]), np.equal(a, 3), np.not_equal(a, 3))
print(np.bitwise_and(a, 6), np.bitwise_or(a, 8), np.bitwise_xor(a, 1), repr(np.add(1, 2)), repr(np.multiply(1.5, 2)))

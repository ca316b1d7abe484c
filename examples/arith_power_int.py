# `int ** int` stays an integer; any float operand makes float64.
import numpy as np

print(2 ** 10, 3 ** 0, (-2) ** 3)
print(2 ** 0.5, 2.0 ** 3)

x = np.arange(6)
print(x ** 2)
print(2 ** x)
print(x ** x)
print((x ** 2).dtype)
print(x ** 2.0)
print(x ** 0.5)

y = np.array([1.5, 2.0, -3.0])
print(y ** 2)
print(y ** 3)
print(y ** y[1])
print(np.array([2, 3]) ** np.array([10, 3]))

# Division of arrays by zero: NumPy's values (inf, nan, 0 for ints) and its RuntimeWarnings.
import numpy as np

x = np.array([1.0, 0.0, -2.0, 3.0])
y = np.array([0.0, 0.0, 0.0, 1.5])
print(x / y)
print(y / x)
i = np.array([7, -7, 0, 5])
j = np.array([0, 2, 0, -3])
print(i // j)
print(i % j)
print(i / j)
print(np.floor_divide(i, 0))
m = np.array([-9223372036854775808, 4])
print(m // -1)
print(m % -1)

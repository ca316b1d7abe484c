# Python scalars on either side of an array operator.
import numpy as np

x = np.arange(1, 5)
print(10 - x)
print(x - 10)
print(12 / x)
print(12 // x)
print(13 % x)
print(2 ** x)
print(3 * x + 1)

f = np.array([0.25, 0.5, 1.0, 2.0])
print(1 / f)
print(1 - f)
print(f * 4 - 1)
k = 3
h = 0.5
print(x * k + h)
print(k / x)

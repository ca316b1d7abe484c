# Python float arithmetic and mixing with ints.
import numpy as np

x = 2.5
y = 0.1
print(x + y, x - y, x * y, x / y)
print(x // 0.3, x % 0.3)
print(x ** 2, x ** 0.5, 4 ** 0.5)
print(x + 1, 3 * y, 1 / 8)
print(-x, abs(-x))
z = 1.0
for i in range(10):
    z = z * 1.1
print(z)
z /= 3
print(z)
print(0.1 + 0.2 == 0.3, 1.5 < 2, 2.0 == 2)
print(7 / 2 * 2, 1e308 * 10)

# Python int arithmetic.
import numpy as np

a = 17
b = 5
print(a + b, a - b, a * b)
print(a // b, a % b, a / b)
print(a ** 2, b ** 3, 2 ** 40)
print(-a // b, -a % b)
print(abs(-a), abs(a - 20))
c = a
c += 3
c -= 1
c *= 2
c //= 3
c %= 7
print(c)
print(a > b, a == 17, b != 5, a <= 17)
print(1000000 * 1000000, 2 ** 62)

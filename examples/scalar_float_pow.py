# Python float `**`: integer exponents of negative bases, zeros, infinities and underflow.
import math
x = -8.0
print(x ** 3.0, x ** -1.0, x ** 2, (-2.0) ** -3)
z = 0.0
print(z ** 0.0, z ** 3.0, 1.0 ** math.inf, 2.0 ** -math.inf)
print(math.inf ** -1.0, (-math.inf) ** 3.0, math.nan ** 0.0)
print(10.0 ** -400, 2.0 ** 1023, 10.0 ** 308)
y = 1e308
print(y * 10.0, y + y, -y * 10.0)
n = 2
print(n ** -1, 2 ** 0.5, 9 ** 0.5)

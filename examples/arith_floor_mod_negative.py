# `//` rounds toward minus infinity and `%` takes the sign of the divisor, in Python and NumPy.
import numpy as np

print(-7 // 2, -7 % 2)
print(7 // -2, 7 % -2)
print(-7 // -2, -7 % -2)
print(-7.5 // 2, -7.5 % 2)
print(7.5 % -2, -0.5 // 1)

x = np.array([-7, -6, -1, 0, 1, 6, 7])
print(x // 3)
print(x % 3)
print(x // -3)
print(x % -3)

f = np.array([-7.5, -0.5, 0.5, 7.5])
print(f // 2)
print(f % 2)
print(f % -2)
print(x[0] // 2, x[0] % 2)

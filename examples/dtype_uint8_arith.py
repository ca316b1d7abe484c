# uint8 arrays: wrap-around arithmetic, unsigned division and remainder, printing.
import numpy as np
a = np.array([250, 3, 128, 0, 17], dtype=np.uint8)
b = np.array([10, 7, 200, 1, 4], dtype=np.uint8)
print(a)
print(repr(a))
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(a / b)
print(a + 5, 5 - a)
print(-a)
print(abs(a), np.abs(b))
print(a * 2 + b * 3 - 1)
print(a.dtype, (a + b).dtype, (a / b).dtype)
c = a.copy()
c += 10
print(c)
c *= 3
print(c)
c[1] = 255
print(c, repr(c[1]))
print(a.reshape(5, 1) + b)

# `/` always gives float64 (true division); `//` keeps ints as ints.
import numpy as np

a = 7
b = 2
print(a / b, a // b)
print(6 / 3, 6 // 3)
print(7.0 // 2, 7.5 / 2.5)

x = np.arange(6)
y = x / 2
z = x // 2
print(y)
print(z)
print(y.dtype, z.dtype)

f = np.array([1.0, 2.5, 9.0])
print(f // 2)
print(f / 4)
print(x / x[5])
print(np.ones(3) / 3)

# A slice of a slice is still a view of the original array.
import numpy as np

x = np.arange(20)
a = x[2:18]
b = a[::3]
c = b[1:4]
print(a)
print(b)
print(c)
c[:] = -1
print(x)
b[0] = 99
print(a)
print(x)

m = np.arange(16).reshape(4, 4)
s = m[1:, 1:]
t = s[::2, ::-1]
t *= 10
print(m)

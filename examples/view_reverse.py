# x[::-1] is a view with a negative stride.
import numpy as np

x = np.arange(6)
r = x[::-1]
print(r)
r[0] = 50
print(x)
r[1:3] = np.array([-1, -2])
print(x)
print(r)

m = np.arange(6).reshape(2, 3)
f = m[::-1, ::-1]
f[0] = 0
print(m)
y = x[::-1] + x
print(y)

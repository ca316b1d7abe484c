# Assigning scalars to single elements and to slices.
import numpy as np

x = np.arange(12).reshape(3, 4)
x[1, 2] = 9
print(x)
x[0:2, :] = 12
print(x)
x[-1, -1] = -5
x[:, ::3] = 0
print(x)

f = np.zeros(6)
f[1:5] = 2.5
f[0] = 7
f[-1] = True
print(f)

b = np.zeros_like(f) > 1
b[::2] = True
print(b)
i = np.zeros(4) * 0 + np.arange(4)
i[2] = 3.75
print(i)

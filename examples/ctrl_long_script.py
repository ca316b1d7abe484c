# A long straight-line script: many statements rebinding names to new shapes and scalars,
# compiled as one program (compile memory and time must stay linear in its length).
import numpy as np

a = np.arange(10.0)
x = a[0] + 1
x = a[1] + x
x = a[2] * x
x = a[3] - x
x = a[4] + x
x = a[5] / x
x = a[6] + x
x = a[7] * x
x = a[8] - x
x = a[9] + x
print(x)
y = np.ones(1)
y = np.ones(2) + y[0]
y = np.ones(3) + y[1]
y = np.ones(4) + y[2]
y = np.ones(5) + y[3]
y = np.ones(6) * y[4]
y = np.ones(7) - y[5]
y = np.ones(8) + y[6]
print(y)
s = 1
s = (s * 3 + 1) % 1000003
s = (s * 3 + 2) % 1000003
s = (s * 3 + 3) % 1000003
s = (s * 3 + 4) % 1000003
s = (s * 3 + 5) % 1000003
print(s)
z = a.reshape(2, 5)
z = z.T
z = z[1:]
z = z * 2
print(z, x, y[0])

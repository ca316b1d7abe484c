# .T is a view with the axes reversed: writes through it land in the original.
import numpy as np

x = np.arange(6).reshape(2, 3)
t = x.T
print(t)
print(t.shape)
t[0, 1] = 30
print(x)
t[2] = np.array([-1, -2])
print(x)
t += 100
print(x)

c = np.arange(24).reshape(2, 3, 4)
ct = c.T
print(ct.shape)
ct[3, 2, 1] = 0
print(c[1])
v = np.arange(3)
print(v.T)

# Transposes are views: writes through them show in the base.
import numpy as np

x = np.arange(24).reshape(2, 3, 4)
y = x.transpose(0, 2, 1)
y[0, 0, 0] = 100
y[1, 3] = -1
print(x)
t = x.T
t[0, 0, 1] = 77
print(x[1, 0])
p = np.transpose(x, (1, 0, 2))
p += 1000
print(x[0])

# A scalar broadcasts against every shape; 0-d results are NumPy scalars.
import numpy as np

x = np.zeros((2, 3))
print(x + 1)
print(x + 2.5)
print(x + True)

y = np.ones((2, 2, 2))
print(y * 3)
print(3 - y)

v = np.arange(4)
s = v[2]
print(v * s)
print(v + s * 0.5)
print(s * 2, s + 0.5)

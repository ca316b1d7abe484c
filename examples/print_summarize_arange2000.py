# Arrays with more than 1000 elements print only their first and last 3 items per axis.
import numpy as np

x = np.arange(2000)
print(x)
print(repr(x))
print(x.reshape(40, 50))
print(repr(x.reshape(2, 1000)))
print(x * 0.5)
y = np.arange(1001)
print(y)
z = np.arange(1000)
print(z[990:])
print(z.size)

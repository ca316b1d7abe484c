# Ufunc results written into existing arrays (slices and augmented assignment).
import numpy as np

x = np.arange(8) * 0.5
x[2:6] = np.floor(x[2:6] + 0.25)
print(x)
y = np.zeros((2, 4))
y[:] = np.maximum(x.reshape(2, 4), 1.0)
print(y)
y += np.sign(y - 2)
print(y)
i = np.arange(6)
i[::2] = np.clip(i[::2], 1, 3)
print(i)
m = np.arange(4.0)
m[:] = np.where(m > 1, m[::-1], m)
print(m)

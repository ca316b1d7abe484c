# Slices with constant start, stop and step.
import numpy as np

x = np.arange(12).reshape(3, 4)
print(x[0:2, :])
print(x[1:, ::2])
print(x[:, 1:3])
print(x[::2, ::3])
print(x[1:2, 1:2])
print(x[:, 3])
print(x[2, :])

v = np.arange(10)
print(v[2:8])
print(v[::3])
print(v[1:9:2])
print(v[7:])
print(v[:3])
print(v[2:8].shape, x[1:, ::2].shape)

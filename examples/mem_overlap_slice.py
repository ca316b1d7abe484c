# Slice assignment whose source overlaps its destination (1-D): NumPy copies element by
# element when both strides point the same way (backwards when the source starts first).
import numpy as np

x = np.arange(8)
x[1:] = x[:-1]
print(x)
x = np.arange(8)
x[:-1] = x[1:]
print(x)
x = np.arange(8)
x[:] = x[::-1]
print(x)
x = np.arange(8)
x[::2] = x[1::2]
print(x)
x = np.arange(8)
x[1::2] = x[::2]
print(x)
x = np.arange(8)
x[::2] = x[:4]
print(x)
x = np.arange(8)
x[:4] = x[::2]
print(x)
x = np.arange(8)
x[1:7:2] = x[0:3]
print(x)
x = np.arange(8)
x[1:5] = x[0:8:2]
print(x)
x = np.arange(8)
x[6:0:-2] = x[5:2:-1]
print(x)
x = np.arange(8)
x[::-1][1:] = x[:-1]
print(x)
x = np.arange(8)
x[::-1][:-1] = x[::-1][1:]
print(x)
x = np.arange(8)
v = x[2:]
v[:-1] = x[:-3]
print(x, v)
x = np.arange(8)
x[3:] = x[3:]
print(x)

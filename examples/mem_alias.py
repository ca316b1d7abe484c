# Two names for one array: a write through either is seen by both.
import numpy as np

x = np.arange(5)
y = x
y += 10
print(x)
print(id(x) == id(y))
y[0] = -1
print(x[0])
z = x[1:4]
z *= 2
print(x, y)
w = y
w = w * 2
print(x)
print(w)
print(id(w) == id(x))

# a = b = expr binds both names to one object: in-place updates are seen through both,
# rebinding one of them is not.
import numpy as np

a = b = np.zeros(4)
print(id(a) == id(b))
a += 1
b[2] = 5
print(a, b)
b = b * 2
print(a, b, id(a) == id(b))
i = j = 3
i += 1
print(i, j)
s = t = np.arange(6).reshape(2, 3)[:, 1:]
s[0, 0] = -1
print(t, id(s) == id(t))
u = v = w = 2.5
print(u + v + w)

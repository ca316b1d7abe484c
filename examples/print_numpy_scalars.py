# print shows NumPy scalars like Python ones; repr shows their type.
import numpy as np

x = np.array([1, 2, 4, 8])
m = x.mean()
s = x.sum()
print(m)
print(repr(m))
print(s, repr(s))
print(str(m), str(s))
b = x.max() > 5
print(b, repr(b))
print(repr(x > 5), repr((x > 9).max()))
f = np.array([0.1, 0.2])
print(f[0] + f[1], repr(f[0] + f[1]))
print(repr(f.sum() * 10))
print(repr(f[1] * 10), repr(-f[1]))
print(x.min(), repr(x.min()))
print(repr(x.mean() / 0.25))

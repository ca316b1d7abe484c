# NumPy scalars mixed with Python scalars stay NumPy scalars.
import numpy as np

x = np.array([1, 2, 4, 8])
f = np.array([0.5, 1.5])
s = x.sum()
m = x.mean()
print(repr(s + 1), repr(s * 1.5), repr(s / 3))
print(repr(s // 4), repr(s % 4), repr(s ** 2))
print(repr(m + 1), repr(m * m), repr(-m))
print(repr(x[1] + x[2]), repr(x[1] / x[2]))
print(repr(f[0] + 1), repr(f[0] * x[3]))
print(repr(s > 10), repr(m == 3.75))
print(s + 1, s * 1.5, m / 2)
print(repr(x[0] + True), repr(f.max() - f.min()))
print(repr(abs(-s)), repr(abs(f[0] - 2)))
print(repr(x[3] ** 2), repr(x[3] ** 0.5))

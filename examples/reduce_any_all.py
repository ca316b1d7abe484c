import numpy as np

x = np.array([[0.0, 1.5, 0.0], [0.0, 0.0, -2.0], [0.0, 3.0, 1.0]])
print(x.any(axis=0), x.all(axis=0))
print(np.any(x, axis=1), np.all(x, axis=1))
print(repr(x.any()), repr(x.all()))
print(np.any(x > 1, axis=0, keepdims=True))
a = np.arange(6).reshape(2, 3)
print(a.all(axis=1), a.any(axis=1), a.all(axis=0).dtype)
m = a > 0
print(np.all(m, axis=0), repr(np.all(m)), repr(np.any(m)))
n = np.array([np.nan, 0.0])
print(repr(n.all()), repr(n.any()))

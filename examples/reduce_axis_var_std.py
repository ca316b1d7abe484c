import numpy as np

x = np.array([[1.0, 2.0, 4.0, 7.0], [0.5, -1.5, 3.25, 9.0], [2.0, 2.0, 2.0, 2.5]])
print(x.var(axis=0))
print(x.var(axis=1))
print(x.std(axis=0))
print(np.std(x, axis=1, keepdims=True))
print(np.var(x, axis=0, ddof=1))
print(x.std(axis=1, ddof=1))
print(repr(x.var()))
print(repr(x.std(ddof=1)))
a = np.arange(10).reshape(2, 5)
print(a.var(axis=1), a.std(axis=0).dtype)

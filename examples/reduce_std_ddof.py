import numpy as np

x = np.array([[2.0, 4.0, 4.0, 4.0], [5.0, 5.0, 7.0, 9.0]])
print(0, x.std(axis=1, ddof=0), np.var(x, axis=1, ddof=0))
print(1, x.std(axis=1, ddof=1), np.var(x, axis=1, ddof=1))
print(2, x.std(axis=1, ddof=2), np.var(x, axis=1, ddof=2))
print(x.std(axis=0, ddof=1))
print(repr(np.std(x, ddof=2)))

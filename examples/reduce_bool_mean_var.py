import numpy as np

b = np.array([[True, False, True, True], [False, False, True, False]])
print(b.mean(axis=0))
print(b.mean(axis=1))
print(b.var(axis=1), b.std(axis=0))
print(repr(b.mean()), repr(b.var()))
print(np.prod(b, axis=0), np.max(b, axis=1))

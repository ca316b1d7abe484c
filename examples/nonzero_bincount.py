# np.nonzero / np.where(cond) / np.flatnonzero / np.argwhere, and np.bincount with
# weights= and minlength=: results whose length depends on the values.
import numpy as np
nz = np.nonzero([1, 2, 0, 0, 4, 0])
print(nz)
M = np.array([[0, 3, 0], [4, 0, 5]])
r, c = np.nonzero(M)
print(r, c, M[M != 0], np.where(M > 2))
print(np.flatnonzero(M), np.argwhere(M))
x = np.array([0.0, -0.0, 1.5, np.nan])
print(np.nonzero(x), np.flatnonzero(x > 0))
I = np.array([1, 1, 2, 3, 4, 4, 6])
print(np.bincount(I), np.bincount(I, minlength=10), np.bincount([0, 2]))
w = np.linspace(0, 1, 7)
print(np.bincount(I, weights=w), np.bincount(I, weights=w) / np.maximum(np.bincount(I), 1))
Z = np.ones(10)
Z += np.bincount(np.array([0, 3, 3, 9]), minlength=len(Z))
print(Z)
print(np.bincount(np.array([], dtype=np.int64)), np.bincount(np.array([True, False])))

# Boolean-mask reads: the selected elements, or rows for a mask over the first axes, in C order;
# the count is known only at run time.
import numpy as np
x = np.array([3.0, -1.0, 4.0, -1.5, 5.0, -9.0])
pos = x[x > 0]
print(pos, pos.shape, len(pos), pos.sum(), pos.mean())
print(x[x < -5], x[x > 100], np.max(x[x < 0]))
Z = np.arange(12).reshape(4, 3) % 4
E = np.all(Z[:, 1:] == Z[:, :-1], axis=1)
print(Z, E)
print(Z[~E])
print(Z[Z.max(axis=1) != Z.min(axis=1), :])
M = np.arange(24.0).reshape(2, 3, 4)
print(M[M % 5 == 0], M[np.array([True, False])])
for t in range(3):
    y = x[x > t]
    print(t, y * 2 + 1, y[y > t + 1])
r = np.arange(10)[2:8]
print(r[r % 2 == 0])

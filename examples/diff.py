# np.diff (n=, axis=; != for booleans), also of slices of run-time length.
import numpy as np
x = np.array([1, 4, 9, 16, 25])
print(np.diff(x), np.diff(x, n=2), np.diff(x, 0), np.diff(x, n=7))
M = np.arange(12.0).reshape(3, 4) ** 2
print(np.diff(M), np.diff(M, axis=0), np.diff(M, n=2, axis=-2))
print(np.diff(np.array([True, False, False, True])))
for i in range(2, 5):
    print(np.diff(x[:i]))
phi = np.arange(0, 2 * np.pi, 0.5)
print((np.diff(np.cos(phi)) ** 2 + np.diff(np.sin(phi)) ** 2) ** .5)

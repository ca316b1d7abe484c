import numpy as np

x = np.array([[3.5, -1.0, 7.25], [2.0, 8.5, -4.0], [0.0, 0.5, 6.0]])
print(x.max(axis=0), x.min(axis=0))
print(x.max(axis=1), x.min(axis=1))
print(np.amax(x, axis=0), np.amin(x, 1))
print(np.max(x, axis=-1, keepdims=True))
a = np.array([[4, 9, 1], [7, 2, 8]])
print(a.max(axis=0), a.min(axis=1), a.max(axis=1).dtype)
b = a > 3
print(b.max(axis=0), b.min(axis=0), b.max(axis=1).dtype)
print(np.max(a, axis=(0, 1)), np.min(x, axis=(0, 1)))

import numpy as np

x = np.array([[3.0, 9.0, 9.0, 1.0], [7.0, -2.0, 7.0, 0.0], [5.0, 5.0, 8.0, 8.0]])
print(x.argmax(axis=0), x.argmax(axis=1))
print(x.argmin(axis=0), x.argmin(axis=-1))
print(np.argmax(x, axis=1), np.argmin(x, 0))
print(x.argmax(), x.argmin())
print(repr(np.argmax(x)))
print(np.argmax(x, axis=1, keepdims=True))
print(x.argmin(axis=None, keepdims=True))
a = np.array([[4, 1, 4], [2, 8, 8]])
print(a.argmax(axis=1), a.argmin(axis=0), a.argmax(axis=0).dtype)
b = a > 3
print(b.argmax(axis=1), b.argmin(axis=1))

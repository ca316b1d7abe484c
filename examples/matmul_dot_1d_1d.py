# np.dot and @ of two vectors give a scalar.
import numpy as np

a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(np.dot(a, b), a @ b)
print(repr(np.dot(a, b)), repr(a @ b))
f = np.array([0.5, 1.5, -2.0])
print(np.dot(a, f), repr(f @ a))
print(np.dot(f, f), repr(f @ f))
s = a @ b + 1
print(s)
print(np.dot(a[::-1], b), a[1:] @ b[:2])

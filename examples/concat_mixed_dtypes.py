# Concatenating int, float and bool arrays promotes to a common dtype.
import numpy as np

i = np.array([1, 2])
f = np.array([0.5])
b = np.array([True, False])
print(np.concatenate((i, f), axis=0))
print(np.concatenate((b, i), axis=0))
print(np.concatenate((b, f), axis=0))
print(np.concatenate((b, b), axis=0))
print(np.concatenate((i, f, b), axis=0).dtype)
print(repr(np.concatenate((b, i), axis=0)))
m = np.concatenate((np.zeros((2, 2)), np.arange(4).reshape(2, 2)), axis=1)
print(m)

# Matrix times vector, and vector times matrix, with np.dot and @.
import numpy as np

m = np.arange(6).reshape(2, 3)
v = np.array([1, 0, -1])
w = np.array([2, 3])
print(np.dot(m, v))
print(m @ v)
print(np.dot(w, m))
print(w @ m)
f = np.array([0.5, 0.25, 2.0])
print(m @ f)
print(np.dot(m.T, w))
print(repr(m @ v), (m @ v).shape, (w @ m).shape)
print(np.dot(m, f).dtype)

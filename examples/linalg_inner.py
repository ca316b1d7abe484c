# np.inner sums over the last axis of both operands.
import numpy as np

a = np.array([1, 2, 3])
b = np.array([0.5, 0.25, -1.0])
print(repr(np.inner(a, b)))
m = np.arange(6).reshape(2, 3)
n = np.arange(12).reshape(4, 3)
print(np.inner(m, n))
print(np.inner(m, a))
print(np.inner(a, n))
print(np.inner(m, m.T[:, ::-1].T))
print(np.inner(3, m))
print(np.inner(m, b).dtype)

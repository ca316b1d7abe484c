# np.outer: every product of an element of a with an element of b.
import numpy as np

a = np.array([1, 2, 3])
b = np.array([0.5, -1.0])
print(np.outer(a, b))
print(np.outer(b, a))
print(np.outer(a, a))
print(np.outer(a, a).dtype, np.outer(a, b).shape)
x = np.arange(3, dtype=np.float32)
print(np.outer(x, x))
print(np.outer(x, a).dtype)
t = np.array([True, False, True])
print(np.outer(t, t))

# np.positive: a new array equal to its input (+x as a ufunc); -0.0 and nan unchanged.
import numpy as np

a = np.array([-0.0, 1.5, np.nan, -np.inf])
p = np.positive(a)
p[1] = 9.0
print(p, a)
i = np.arange(-3, 3, dtype=np.int32)
print(np.positive(i), np.positive(i).dtype)
print(np.positive(np.arange(6) % 4 - 2).reshape(2, 3))
print(repr(np.positive(3)), repr(np.positive(-0.0)), repr(np.positive(np.float32(2))))
print(np.positive(a.reshape(2, 2).T))

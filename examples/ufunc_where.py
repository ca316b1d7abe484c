# np.where(cond, a, b): broadcasting, promotion of a and b, any condition dtype (nonzero).
import numpy as np

x = np.arange(-3, 4)
print(np.where(x > 0, x, 0))
print(np.where(x > 0, x, -0.5))
print(np.where(x, 1, 0))
print(np.where(x % 2 == 0, x * 10, x))
m = np.array([[True], [False]])
print(np.where(m, np.arange(3), np.arange(3) * -1.5))
print(np.where(np.array([0.0, np.nan, -0.0, 2.0]), 1, 2))
print(np.where(x > 0, True, False))
f = np.array([1.0, 2.0], dtype=np.float32)
print(np.where(f > 1, f, 0).dtype, np.where(f > 1, f, x[:2]).dtype)

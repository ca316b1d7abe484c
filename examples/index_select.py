import numpy as np

x = np.arange(10)
print(np.select([x < 3, x > 5], [x, x**2]))
print(np.select([x < 3, x > 5], [x, x**2], default=-1))
f = np.linspace(0.0, 1.0, 6, dtype=np.float32)
print(np.select([f < 0.3, f > 0.7], [f * 2, f / 2], 0.1))
r = np.select([f > 0.5], [np.arange(6)], 0.5)
print(r, r.dtype)
m = np.arange(6.0).reshape(2, 3)
print(np.select([m > 4, m > 1], [m * 10, m * 100], default=np.float64(-1.0)))

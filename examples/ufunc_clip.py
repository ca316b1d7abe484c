# np.clip(x, lo, hi) and x.clip(lo, hi): ints, floats, broadcast bounds, nan.
import numpy as np

x = np.arange(-3, 7)
print(np.clip(x, 0, 4))
print(x.clip(-1, 1))
print(np.clip(x, 0.5, 2.5))
f = np.array([[-1.5, 0.2, 9.0], [np.nan, 3.0, -0.0]])
print(np.clip(f, 0.0, 1.0))
print(np.clip(f, np.array([0.0, 1.0, 2.0]), 5))
print(np.clip(f, np.nan, 1.0))
print(np.clip(x, 4, 2))
print(np.clip(np.array([-0.0, 0.0]), -0.0, 0.0))

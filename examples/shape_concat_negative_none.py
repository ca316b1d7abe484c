# concatenate along negative axes, and with axis=None (every part raveled first).
import numpy as np

x = np.arange(24).reshape(2, 3, 4)
print(np.concatenate([x[0], x[1]], axis=-1))
print(np.concatenate([x[0], x[1]], axis=-2).shape)
print(np.concatenate((x, x), -3).shape)
print(np.concatenate([x[0], x[1]], axis=None))
print(np.concatenate((x[0].T, np.arange(3.5)), axis=None))
print(np.concatenate([np.eye(2, dtype=int), np.ones((2, 2), dtype=bool)], None))

import numpy as np

rng = np.random.default_rng(1701)
x = rng.integers(10, size=(3, 4))
print(repr(np.count_nonzero(x < 6)), repr(np.count_nonzero(x < 6, axis=1)))
print(np.count_nonzero(x, axis=0, keepdims=True), np.count_nonzero(x, keepdims=True))
print(repr(np.count_nonzero(np.array([0.0, np.nan, -0.0, 1.0]))))
print(np.count_nonzero(np.eye(3, dtype=bool), axis=(0, 1)))

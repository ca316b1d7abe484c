# np.partition / np.argpartition with one kth: NumPy's AVX2 quickselect sorts short lanes whole.
import numpy as np

x = np.array([7, 2, 3, 1, 6, 5, 4])
print(repr(np.partition(x, 3)))
print(np.partition(x, -2), np.argpartition(x, 3))
rng = np.random.default_rng(seed=42)
X = rng.integers(0, 10, (4, 6))
print(repr(np.partition(X, 2, axis=1)))
print(np.partition(X, 1, axis=0))
print(np.partition(X, 5, axis=None))
f = np.array([0.5, np.nan, -2.0, 3.25, np.inf, 1.0])
print(np.partition(f, 2), np.argpartition(f[[0, 2, 3, 4, 5]], 1))
g = np.array([3.0, 1.0, 2.0], dtype=np.float32)
print(np.partition(g, 0), np.argpartition(g, -1))
i32 = np.array([9, -3, 4, 0, 12, 7], dtype=np.int32)
print(np.partition(i32, 2), i32.argpartition(4))
y = np.array([5, 1, 4, 2, 3])
y.partition(1)
print(y)
D = rng.random((5, 3))
dist = np.sum((D[:, np.newaxis] - D[np.newaxis, :]) ** 2, axis=-1)
K = 2
print(np.argpartition(dist, K + 1, axis=1)[:, : K + 1])

# kth given as an int variable, an int32 array, and a negative list; partition of a view.
import numpy as np

rng = np.random.default_rng(seed=3)
a = rng.integers(0, 1000, 20)
for k in range(0, 20, 6):
    print(k, np.partition(a, k)[k], np.sort(a)[k])
kk = np.array([2, 9], dtype=np.int32)
print(np.partition(a, kk))
print(np.partition(a, [-1, -20]))
M = np.arange(24)[::-1].reshape(4, 6)
print(np.partition(M.T, 1))
print(np.argpartition(M[:, ::2], [0, 1], axis=0))
n = 5
print(np.partition(np.arange(10.0)[::-1], n))

import numpy as np

np.random.seed(3)
x = np.random.random(11)
print(repr(np.median(x)), repr(np.median(x[:10])))
M = np.random.randint(0, 100, (4, 5))
print(np.median(M), np.median(M, axis=0), np.median(M, axis=1), np.median(M, axis=-1))
f = np.random.random((3, 4)).astype(np.float32)
print(repr(np.median(f)), np.median(f, axis=0))
n = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, 6.0]])
print(np.median(n), np.median(n, axis=1), np.median(n, axis=0))
print(repr(np.median(np.array([True, False, True]))), repr(np.median(np.arange(4, dtype=np.int32))))
T = np.random.random((2, 3, 4))
print(np.median(T, axis=1))

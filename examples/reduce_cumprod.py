import numpy as np

x = np.array([[1.5, 2.0, 0.5], [-1.0, 3.0, 0.25]])
print(x.cumprod())
print(x.cumprod(axis=0))
print(np.cumprod(x, axis=1))
a = np.arange(1, 9).reshape(2, 4)
print(np.cumprod(a, axis=1), a.cumprod().dtype)
b = np.array([True, True, False, True])
print(b.cumprod())
f = np.ones(6, dtype=np.float32) * 1.1
print(f.cumprod())
big = np.ones(5, dtype=np.int64) * 100000
print(big.cumprod())

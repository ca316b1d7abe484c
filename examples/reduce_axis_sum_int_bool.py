import numpy as np

a = np.arange(12).reshape(3, 4)
print(a.sum(axis=0), a.sum(axis=0).dtype)
print(a.sum(axis=1, keepdims=True))
b = a % 3 == 0
print(b.sum(axis=0), b.sum(axis=0).dtype)
print(np.sum(b, axis=1))
print(repr(b.sum(axis=(0, 1))))
big = np.ones((2, 3), dtype=np.int64) * 9223372036854775807
print(big.sum(axis=0))

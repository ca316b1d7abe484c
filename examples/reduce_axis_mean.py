import numpy as np

x = np.arange(12.0).reshape(3, 4) ** 1.5
print(x.mean(axis=0))
print(x.mean(axis=1))
print(np.mean(x, axis=-1, keepdims=True))
a = np.arange(12).reshape(4, 3)
print(a.mean(axis=0), a.mean(axis=0).dtype)
print(np.mean(a, axis=1))
b = a > 4
print(b.mean(axis=0))
print(repr(np.mean(a, axis=(0, 1))))

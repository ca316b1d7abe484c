import numpy as np

x = np.arange(12.0).reshape(3, 4) / 3.0
print(x.cumsum())
print(x.cumsum(axis=0))
print(np.cumsum(x, axis=1))
print(np.cumsum(x, -1).shape)
a = np.arange(1, 7).reshape(2, 3)
print(a.cumsum(axis=1), a.cumsum().dtype)
b = a % 2 == 0
print(b.cumsum(), b.cumsum(axis=0).dtype)
f = (np.arange(8) * 0.1).astype(np.float32)
print(f.cumsum(), f.cumsum().dtype)

import numpy as np

np.random.seed(42)
x = (np.random.rand(130, 257) * 2.0 - 1.0).astype(np.float32)
print(x.sum(axis=1)[:5])
print(x.sum(axis=0)[:5])
print(repr(x.sum()))
print(repr(x.mean()))
print(x.mean(axis=0)[-3:])
print(x.std(axis=1)[:4])
y = np.random.rand(9000).astype(np.float32)
print(repr(y.sum(axis=0)), repr(y.mean()))

import numpy as np

np.random.seed(11)
x = (np.random.rand(6, 40) * 3.0 - 1.0).astype(np.float32)
v = x.var(axis=1)
print(v.dtype, v)
print(x.std(axis=0)[:5])
print(repr(x.var()))
print(repr(x.std()))
print(np.var(x, axis=(0, 1), ddof=1))

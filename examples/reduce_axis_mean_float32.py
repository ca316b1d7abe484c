import numpy as np

np.random.seed(3)
x = (np.random.rand(5, 200) * 10.0).astype(np.float32)
m0 = x.mean(axis=0)
m1 = x.mean(axis=1)
print(m0.dtype, m0.shape)
print(m0[:6])
print(m1)
print(repr(x.mean()))
print(repr(np.mean(x[0], axis=0)))

import numpy as np

np.random.seed(5)
x = (np.random.rand(24, 70) * 20.0 - 10.0).astype(np.float32)
t = x.T
print(t.sum(axis=0)[:6])
print(t.sum(axis=1)[:6])
print(repr(t.sum()))
y = (np.random.rand(4, 5, 30) * 8.0).astype(np.float32)
z = y.transpose()
print(z.sum(axis=(0, 1)))
print(z.sum(axis=2)[:3])
print(z.mean(axis=(1, 2)))

import numpy as np

np.random.seed(17)
x = (np.random.rand(6, 7, 45) * 100.0).astype(np.float32)
print(x.sum(axis=(0, 2)))
print(x.sum(axis=(1, 2)))
print(x.sum(axis=(0, 1))[:6])
print(x.mean(axis=(0, 2)))
print(x.var(axis=(1, 2)))
print(x.T.sum(axis=(1, 2))[:5])

import numpy as np

np.random.seed(2)
x = (np.random.rand(20, 33) * 50.0).astype(np.float32)
v = x[::2, 1:]
print(v.sum(axis=0)[:5])
print(v.sum(axis=1)[:5])
print(repr(v.sum()))
r = x[:, ::-1]
print(r.sum(axis=1)[:4])
print(r.max(axis=0)[:4], r.argmax(axis=1)[:6])
c = x[3:9, 5:30:3]
print(c.mean(axis=1))
print(c.cumsum(axis=0)[-1])

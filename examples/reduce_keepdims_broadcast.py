import numpy as np

x = np.arange(12.0).reshape(3, 4) ** 2
centered = x - x.mean(axis=1, keepdims=True)
print(centered)
scaled = x / x.sum(axis=0, keepdims=True)
print(scaled)
z = (x - x.mean(axis=0)) / x.std(axis=0)
print(z)
r = x.max(axis=1, keepdims=True) - x.min(axis=1, keepdims=True)
print(r, r.shape)

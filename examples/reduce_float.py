# sum/mean/max/min over float64 arrays, including nan and -0.0.
import numpy as np

f = np.arange(10) / 4
print(f.sum(), f.mean(), f.max(), f.min())
print(repr(f.sum()), repr(f.mean()))
g = np.array([0.1, 0.2, 0.3])
print(g.sum(), repr(g.sum()), repr(g.mean()))
h = np.array([1.0, np.nan, -1.0])
print(h.sum(), h.mean(), h.max(), h.min())
k = np.array([-np.inf, 1.0, np.inf])
print(k.sum(), k.max(), k.min())
z = np.array([-0.0, 0.0])
print(z.max(), z.min(), z.sum())
w = np.array([-0.0, -0.0])
print(w.sum(), w.mean(), w.max())
print(np.ones((3, 3)).sum(), np.zeros(4).mean())

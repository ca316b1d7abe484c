# Float sums use NumPy's pairwise summation (blocks of 8, unrolled), so the last digits
# differ from a plain left-to-right loop. Integer sums are exact.
import numpy as np

t = np.ones(1000) * 0.1
print(repr(t.sum()))
s = 0.0
for i in range(1000):
    s = s + float(t[i])
print(repr(s))
y = np.ones(100001) / 3
print(repr(y.sum()), repr(y.mean()))
z = np.arange(1000).reshape(10, 100) * 0.01
print(repr(z.sum()), repr(z.T.sum()), repr(z[::-1].sum()))
w = np.arange(17) * 0.1
print(repr(w.sum()))
h = 1 / np.arange(1, 10001)
print(repr(h.sum()), repr(h[::2].sum()))
print(repr(np.arange(10000).sum()), repr((np.arange(10000) * 0.1).mean()))

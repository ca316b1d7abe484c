# The C methods x.cumsum() and x.cumprod() warn at the calling line, under NumPy's
# `accumulate`: a running sum past the float range overflows, inf + -inf is invalid.
import numpy as np

a = np.array([1e308, 1e308, -1e308])
print(a.cumsum())
b = np.array([np.inf, 1.0, -np.inf, 2.0])
print(b.cumsum())
c = np.array([1e200, 1e200, 0.0])
print(c.cumprod())
d = np.array([np.inf, 0.0, 3.0])
print(d.cumprod())
f = np.array([3e38, 3e38, 1.0], dtype=np.float32)
print(f.cumsum())
g = np.array([[1e308, 1.0], [1e308, 2.0]])
print(g.cumsum(axis=0))
print(g.cumsum(axis=1))
h = np.array([[np.inf, 1.0], [-np.inf, 2.0]], dtype=np.float32)
print(h.cumsum(axis=0))
print(np.array([np.nan, 1.0]).cumsum())
print(np.array([2**62, 2**62]).cumsum())
for k in range(3):
    print(a.cumsum()[k])

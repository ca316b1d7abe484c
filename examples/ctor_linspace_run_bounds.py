import numpy as np

r = np.array([0.0, 1.5, 4.0, 2.25])
top = r.max()
g = np.linspace(0, top, 9)
print(g)
print(np.linspace(r.min(), r[2], 5, endpoint=False))
lo = float(r[1])
print(np.linspace(lo, lo, 4))
print(np.linspace(lo, 10, 1))
print(np.linspace(np.float64(0.1), np.int64(7), 7))
h = np.linspace(0.0, top * 3, 200)
print(h[:3], h[-3:], h.shape)

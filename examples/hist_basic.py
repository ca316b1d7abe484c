# np.histogram with a bin count (edges from np.linspace between the extremes or the given
# range; the last bin includes its right edge) and with explicit edges.
import numpy as np

np.random.seed(3)
x = np.random.standard_normal(1000)
hist, edges = np.histogram(x)
print(hist)
print(edges)
h, e = np.histogram(x, bins=7, range=(-2, 2))
print(h, h.sum())
print(e)
print(np.histogram(np.array([1, 2, 2, 3, 3, 3]), bins=3))
print(np.histogram(np.array([0.0, 0.1, 0.2, 0.3, 1.0]), bins=[0.0, 0.1, 0.2, 1.0]))
print(np.histogram(np.array([5, 5, 5]), bins=4))
ints = np.arange(100) % 17
counts, bounds = np.histogram(ints, bins=np.array([0, 4, 8, 16]))
print(counts, bounds)
u = np.linspace(0.0, 1.0, 11)
print(np.histogram(u, bins=10)[0], np.histogram(u * 3, bins=5, range=(0.5, 2.5))[0])

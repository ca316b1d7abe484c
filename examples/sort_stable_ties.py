import numpy as np

x = np.array([3, 1, 3, 2, 1, 3])
print(np.argsort(x, kind="stable"), np.argsort(x, stable=True), x.argsort(kind="mergesort"))
z = np.array([0.0, 1.0, -0.0, -1.0, 0.0])
print(np.sort(z, kind="stable"), np.argsort(z, kind="stable"))
m = np.array([[2, 2, 1], [0, 0, 0]])
print(np.argsort(m, axis=1, kind="stable"), np.argsort(m, axis=0, kind="stable"))

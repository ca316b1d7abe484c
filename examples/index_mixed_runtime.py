# Mixed indices whose index array has a run-time length, and slices of run-time extent.
import numpy as np

x = np.arange(24).reshape(4, 6)
keep = np.nonzero(x[0] % 2 == 0)[0]
print(keep, x[:, keep])
print(x[1:, keep].sum(axis=0))
x[:, keep] = -x[:, keep]
print(x)
for n in range(1, 4):
    print(x[:n, [0, 5]])
y = np.zeros(5)
print(y[np.arange(3)])
z = np.arange(10.0).reshape(2, 5)
z[:, np.flatnonzero(z[0] > 2)] += 0.5
print(z)

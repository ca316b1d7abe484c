# np.zeros_like / np.ones_like of 1-D arrays of run-time extent, and float constants folded in
# np.arange bounds (10 * np.pi is a constant).
import numpy as np
x = np.arange(10.0)
for i in range(3):
    y = x[i:]
    print(np.zeros_like(y), np.ones_like(y[y > 4], dtype=int))
phi = np.arange(0, 10*np.pi, 0.1)
print(phi.shape)
q = np.arange(0, 31.4, 0.1)
print(q.shape)

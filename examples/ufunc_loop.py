# Ufuncs in a loop: a damped iteration clipped each step, and a running maximum.
import numpy as np

x = np.array([0.1, 0.5, 0.9, 1.3])
best = np.zeros(4)
for k in range(5):
    x = np.clip(np.sin(x * 2.0) + 0.25, -1.0, 1.0)
    best = np.maximum(best, x)
    print(k, np.round(x, 4))
print(best)
print(np.isnan(best).sum())

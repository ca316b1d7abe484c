# A generator used in a loop, and re-created each time round another loop.
import numpy as np

rng = np.random.default_rng(0)
total = 0.0
for i in range(5):
    v = rng.normal(0.0, 1.0)
    total += v
    print(i, v, rng.integers(0, 3))
print(total)
for s in range(3):
    r = np.random.default_rng(s)
    print(s, r.integers(0, 1000, size=3), r.uniform(0.0, 1.0))

# Bounds and parameters computed at run time.
import numpy as np

np.random.seed(17)
rng = np.random.default_rng(17)
for hi in range(1, 6):
    lo = hi - 3
    print(hi, np.random.randint(lo, hi, size=3), rng.integers(lo, hi * 2, size=3))
scale = 0.25
for k in range(3):
    print(rng.normal(float(k), scale * (k + 1), size=2), np.random.uniform(k, k + 0.5))
m = 7
print(np.random.choice(m, size=4), rng.choice(m * 2, size=4))

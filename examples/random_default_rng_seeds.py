# Different seeds give different streams; the same seed gives the same stream.
import numpy as np


def show(seed):
    rng = np.random.default_rng(seed)
    print(seed, rng.random(2), rng.integers(0, 100, size=3))


show(0)
show(1)
show(2)
show(12345)
show(2**32)
show(2**63 - 1)
for seed in range(3, 6):
    r = np.random.default_rng(seed * 1000)
    print(seed, r.standard_normal(2))
again = np.random.default_rng(12345)
print(again.random(2))

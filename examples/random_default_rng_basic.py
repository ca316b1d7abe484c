# np.random.default_rng(seed): PCG64 streams, bit for bit.
import numpy as np

rng = np.random.default_rng(42)
print(rng.random(5))
print(rng.random((2, 3)))
print(rng.random())
print(rng.standard_normal(4))
print(rng.standard_normal())
print(rng.normal(10.0, 2.5, size=3))
print(rng.normal())
print(rng.uniform(-1.0, 1.0, size=4))
print(rng.uniform())

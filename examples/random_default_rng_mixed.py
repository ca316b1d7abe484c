# Mixing Generator methods: the stream is consumed in call order, including the half-word
# buffer of 32-bit integer draws.
import numpy as np

rng = np.random.default_rng(123456789)
print(rng.integers(0, 5, size=3))
print(rng.random())
print(rng.integers(0, 5))
print(rng.integers(0, 5))
print(rng.standard_normal(3))
print(rng.integers(0, 2**40, size=2))
print(rng.uniform(0.0, 10.0, size=2))
print(rng.integers(0, 5, size=1))
print(rng.normal(-1.0, 0.5))
print(rng.random(2, dtype=np.float32))
print(rng.standard_normal())

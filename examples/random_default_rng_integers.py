# Generator.integers: Lemire's bounded integers; the scalar form is a NumPy int64.
import numpy as np

rng = np.random.default_rng(2024)
print(rng.integers(0, 10, size=10))
print(rng.integers(10, size=(2, 4)))
print(rng.integers(-100, 100, 5))
k = rng.integers(1, 7)
print(k, repr(k))
print(rng.integers(0, 2**32, size=3))
print(rng.integers(0, 2**32 - 1, size=3))
print(rng.integers(-2**50, 2**50, size=3))
print(rng.integers(-9223372036854775807 - 1, 9223372036854775807, size=2))
print(rng.integers(5, 6, size=3))
print(rng.integers(3))

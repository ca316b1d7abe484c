# Generator.integers needs at least its bound.
import numpy as np

rng = np.random.default_rng(0)
k = rng.integers()
print(k)

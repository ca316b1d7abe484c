# Generator.integers(low, high) needs low < high.
import numpy as np

rng = np.random.default_rng(1)
x = rng.integers(3, 4, size=2)
print(rng.integers(3, 3, size=2))

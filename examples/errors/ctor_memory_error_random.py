# A random draw of 4 EiB.
import numpy as np

rng = np.random.default_rng(3)
print(rng.integers(0, 10, 3))
x = rng.integers(0, 10, 2**59)
print(x[0])

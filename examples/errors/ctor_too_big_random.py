# A random draw with a size too big for an array.
import numpy as np

rng = np.random.default_rng(0)
print(rng.random(2))
x = rng.random(2**61)
print(x[0])

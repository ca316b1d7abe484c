# default_rng takes a non-negative seed.
import numpy as np

rng = np.random.default_rng(-1)
print(rng.random())

# A negative size is a negative dimension for a Generator too.
import numpy as np

rng = np.random.default_rng(2)
print(rng.random((2, -3)))

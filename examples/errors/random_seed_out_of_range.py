# Legacy seeds are 32-bit unsigned integers.
import numpy as np

seed = -1
np.random.seed(seed)
print(np.random.rand(2))

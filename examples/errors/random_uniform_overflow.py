# uniform's high - low must be finite.
import numpy as np

np.random.seed(0)
big = 1e308
print(np.random.uniform(-1.0, big, size=2))
print(np.random.uniform(-big, big, size=2))

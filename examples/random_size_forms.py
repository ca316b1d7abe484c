# size as an int, a tuple, a keyword, None, and an int variable; 0-sized draws take nothing.
import numpy as np

np.random.seed(8)
rng = np.random.default_rng(8)
n = 4
print(np.random.randint(0, 9, (2, 3)))
print(np.random.uniform(0, 1, size=n))
print(np.random.randint(0, 9, size=None))
print(np.random.randint(0, 9, size=0))
print(rng.random(size=(2, 3)))
print(rng.integers(0, 9, size=(0, 3)))
print(rng.normal(0.0, 1.0, size=None))
print(rng.uniform(0, 1, (1, 2, 2)))
print(rng.standard_normal(size=n))
print(np.random.randint(0, 9, size=2), rng.integers(0, 9, size=2))

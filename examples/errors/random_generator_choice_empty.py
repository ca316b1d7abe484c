# Generator.choice words the empty population differently from the legacy choice.
import numpy as np

rng = np.random.default_rng(5)
m = np.arange(3).sum() - 3
print(m)
print(rng.choice(m, size=2))

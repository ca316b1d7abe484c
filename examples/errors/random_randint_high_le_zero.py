# randint(high) draws from [0, high): an empty range is NumPy's ValueError.
import numpy as np

np.random.seed(0)
x = np.random.randint(3, size=2)
print(np.random.randint(0, size=2))

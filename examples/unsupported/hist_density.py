# expect-error: 5:39: unsupported: np.histogram's density= and weights=
import numpy as np

x = np.arange(10.0)
print(np.histogram(x, bins=5, density=True))

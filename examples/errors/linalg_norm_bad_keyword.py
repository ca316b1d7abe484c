# np.linalg.norm has no `axes` keyword (it is `axis`).
import numpy as np

m = np.ones((2, 3))
print(np.linalg.norm(m, axes=1))

# np.linalg has no function `norms`.
import numpy as np

m = np.ones((2, 3))
print(np.linalg.norms(m))

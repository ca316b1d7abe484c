import numpy as np

a = np.ones(3)
np.sqrt(a, out=(a, a))

import numpy as np

a = np.ones(3)
np.add(a, a, a, out=a)

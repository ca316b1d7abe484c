import numpy as np

a = np.ones((2, 3))
out = np.zeros(3)
r = np.add(a[0], 1, out=out)
np.add(a, 1, out=out)

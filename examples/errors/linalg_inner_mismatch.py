# np.inner sums over the last axes, which must match: 3 and 2 here.
import numpy as np

a = np.ones((2, 3))
b = np.ones((4, 2))
print(np.inner(a, b))

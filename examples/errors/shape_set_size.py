import numpy as np

a = np.arange(6)
a.shape = (3, 2)
b = a + 1
a.shape = (4,)

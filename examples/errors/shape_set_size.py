import numpy as np

a = np.arange(6)
a.shape = (3, 2)
print(a)
a.shape = (4,)

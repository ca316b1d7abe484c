import numpy as np

m = np.arange(12).reshape(3, 4)
print(m.sum())
m[m > 3] = np.ones((2, 4))

# np.matmul is a ufunc with core dimensions: a scalar has none.
import numpy as np

x = np.arange(3)
print(np.matmul(2, x))

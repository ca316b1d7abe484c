# x[idx] = v where v has more axes than the target, all extra leading ones: NumPy drops them.
import numpy as np
z = np.zeros((2, 4))
z[0] = np.ones((1, 4))
z[1:, ::2] = np.arange(2).reshape(1, 1, 2)
print(z)

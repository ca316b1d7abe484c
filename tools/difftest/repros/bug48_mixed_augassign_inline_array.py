import numpy as np
F = np.arange(6).reshape(2, 3)
F[np.array([1, 1]), :] += 1
print(F)

import numpy as np
x = np.array([28001, 1, 4, -4])
x[1:] = x[:-1]
print(x)

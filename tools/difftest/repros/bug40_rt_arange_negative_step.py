import numpy as np
for i in range(-2, 1):
    print(i, np.arange(0, i, -2))

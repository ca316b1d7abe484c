import numpy as np
x = np.arange(6.0)
for i in range(1, 4):
    print(np.where(x[:i] > 0, x[:i], 0.5))

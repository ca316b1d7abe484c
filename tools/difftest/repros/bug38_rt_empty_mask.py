import numpy as np
x = np.array([3.75, 1.0, 0.5])
for i in range(1):
    print(x[x[:i] > 1])

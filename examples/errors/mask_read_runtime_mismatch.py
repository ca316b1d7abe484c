# A boolean index of run-time length that does not match the array at run time.
import numpy as np

x = np.arange(6)
for i in range(6, 3, -1):
    print(x[:i][x[:5] > 1])

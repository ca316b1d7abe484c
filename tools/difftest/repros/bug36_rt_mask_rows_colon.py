import numpy as np
M = np.arange(12).reshape(3, 4)
for i in range(1, 3):
    print(M[:, :i][M[:, 0] > 2, :])

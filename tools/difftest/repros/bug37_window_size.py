import numpy as np
x = np.arange(5)
for i in range(2):
    print(i, x[i:i + 7].size, len(x[i:i + 7]), x[i + 4:i + 5].shape)

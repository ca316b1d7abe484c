import numpy as np

x = np.arange(5)
for i in range(5):
    if i > 0 and x[i] < 3:
        print(i)

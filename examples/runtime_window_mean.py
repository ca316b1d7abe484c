# Slice bounds that depend on the loop variable and whose length changes with it.
import numpy as np

x = np.array([1.0, 3.0, 2.0, 5.0, 4.0, 6.0])
for i in range(4):
    window = x[i:2 * i + 1]
    print(i, window.mean())

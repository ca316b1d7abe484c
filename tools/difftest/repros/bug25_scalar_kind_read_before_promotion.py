import numpy as np
import math
x = np.zeros((2, 22), dtype=int)
total = 1.0
for i in range(4):
    print(repr(total + total))
    total = total - x[1, i]

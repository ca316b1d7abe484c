# Python's negative shift count is a ValueError.
import numpy as np
n = 3
for i in range(3):
    print(16 >> n)
    n -= 2

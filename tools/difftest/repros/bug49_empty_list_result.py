import numpy as np
L = [3, -1, 11]
print(L * 0)
print(L[2:1])

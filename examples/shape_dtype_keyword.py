import numpy as np

x = np.zeros((2, 3), dtype=np.int64)
print(x)

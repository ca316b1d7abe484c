import numpy as np

x = np.arange(4)
print(x[[0, 5]])

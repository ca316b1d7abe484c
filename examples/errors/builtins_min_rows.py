import numpy as np

m = np.arange(6).reshape(2, 3)
print(min(m))

import numpy as np

x = np.arange(3)
y = x * 2 if x.sum() > 2 else x
print(y)

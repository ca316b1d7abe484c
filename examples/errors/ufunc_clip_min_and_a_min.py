# min= beside both a_min and a_max.
import numpy as np

x = np.arange(5)
y = np.clip(x, 0, 3, min=1)
print(y)

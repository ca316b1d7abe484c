import numpy as np

x = np.arange(4)
y = np.select([x > 1, x], [x, x])

# expand_dims with the same axis twice.
import numpy as np

x = np.zeros((2, 3))
y = np.expand_dims(x, (0, -4))

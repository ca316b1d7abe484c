# expand_dims axes are axes of the result (here 3-D).
import numpy as np

x = np.zeros((2, 3))
y = np.expand_dims(x, 3)

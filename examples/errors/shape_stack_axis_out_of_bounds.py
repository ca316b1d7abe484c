# stack of 2-D arrays has axes -3..2.
import numpy as np

a = np.zeros((2, 3))
s = np.stack((a, a), axis=3)

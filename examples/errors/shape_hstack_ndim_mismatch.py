# hstack of a 1-D and a 2-D array.
import numpy as np

h = np.hstack([np.zeros(3), np.zeros((2, 3))])

import numpy as np

s = np.mgrid[0:2, 0:3].shape
g = np.mgrid[0:4:-1, 0:2]

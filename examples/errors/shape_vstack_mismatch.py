# vstack rows of different lengths.
import numpy as np

v = np.vstack([np.arange(3), np.arange(4)])

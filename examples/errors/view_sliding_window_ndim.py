import numpy as np
from numpy.lib import stride_tricks

x = np.arange(6).reshape(2, 3)
print(stride_tricks.sliding_window_view(x, 2))

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

x = np.arange(5)
print(sliding_window_view(x, 6))

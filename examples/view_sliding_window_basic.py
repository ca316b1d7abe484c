# numpy.lib.stride_tricks.sliding_window_view: a read-only view of overlapping windows.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

Z = np.arange(10)
W = sliding_window_view(Z, window_shape=3)
print(W)
print(W.shape, W.strides)
Z[4] = 40
print(W[2:5])
M = np.arange(20).reshape(4, 5)
print(sliding_window_view(M, (2, 3)))
print(sliding_window_view(M, 2, axis=0))
print(sliding_window_view(M, (2, 2), axis=(1, -1)).shape)
print(np.lib.stride_tricks.sliding_window_view(M.T, 4, axis=1))
f = np.linspace(0.0, 1.0, 6)
print(sliding_window_view(f, 2).mean(axis=-1))
print(sliding_window_view(f[::2], 2).sum(axis=1))

# `~` on a float array: invert has no float loop (np.logical_not was meant).
import numpy as np

x = np.array([0.0, 2.0])
ok = np.logical_not(x)
print(~x)

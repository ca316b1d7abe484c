# `|` on a float array: bitwise_or has no float loop.
import numpy as np

x = np.array([1.0, 2.0])
ok = x > 1
print(x | 1)

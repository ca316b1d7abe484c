# `&` on a float array (a mask was meant: compare first).
import numpy as np

x = np.array([0.5, 1.5, 2.5])
both = x & (x > 1)
print(both)

# An empty array as a condition (NumPy 2.x raises instead of treating it as False).
import numpy as np

x = np.arange(5)
tail = x[5:]
if tail:
    print("tail is non-empty")

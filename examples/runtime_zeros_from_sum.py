# An array whose size is computed from values at run time.
import numpy as np

counts = np.array([2, 0, 3])
n = int(counts.sum())
buf = np.zeros(n)
print(buf)

# expect-error: 6:12: unsupported: lists outside np.array(...)
# Fancy indexing with a list of positions.
import numpy as np

x = np.arange(10) * 3
picked = x[[0, 2, 5]]
print(picked)

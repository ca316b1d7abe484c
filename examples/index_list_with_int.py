# Fancy indexing with a list and an integer (NumPy's rules move the axes around).
import numpy as np

x = np.arange(12).reshape(3, 4)
picked = x[1, [0, 2]]
print(picked)

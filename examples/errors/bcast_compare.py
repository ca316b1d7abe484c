# Comparisons broadcast like arithmetic and fail the same way.
import numpy as np

a = np.arange(6).reshape(2, 3)
b = np.arange(4)
mask = a < b
print(mask)

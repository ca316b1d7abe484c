# Boolean-mask indexing: the result's length depends on the values.
import numpy as np

x = np.array([3, -1, 4, -1, 5])
positive = x[x > 0]
print(positive)

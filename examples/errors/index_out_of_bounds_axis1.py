# A negative index past the start of axis 1.
import numpy as np

x = np.arange(12).reshape(3, 4)
x[1, -5] = 0
print(x)

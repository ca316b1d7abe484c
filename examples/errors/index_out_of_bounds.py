# A constant index past the end of axis 0.
import numpy as np

x = np.arange(3)
print(x[5])

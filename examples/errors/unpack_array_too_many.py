# Unpacking a 3-element array into two names.
import numpy as np

point = np.array([1.0, 2.0, 3.0])
px, py = point
print(px, py)

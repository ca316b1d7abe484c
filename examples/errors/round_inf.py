# round() of inf cannot give an int.
import numpy as np

x = np.array([2.5, np.inf])
print(round(x[0]))
print(round(x[1]))

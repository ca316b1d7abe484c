# math.floor of nan cannot be an int.
import numpy as np
import math

x = np.array([1.5, np.nan])
print(math.floor(x[0]))
print(math.floor(x[1]))

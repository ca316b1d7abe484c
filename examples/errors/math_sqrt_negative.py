# math.sqrt of a negative number: math domain error at run time.
import numpy as np
import math

x = np.array([4.0, -1.0])
for i in range(2):
    print(math.sqrt(x[i]))

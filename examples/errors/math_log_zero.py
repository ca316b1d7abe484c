# math.log(0) is a domain error (np.log would give -inf).
import numpy as np
import math

x = np.arange(3) * 1.0
print(math.log(x[2]))
print(math.log(x[0]))

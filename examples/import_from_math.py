from math import sqrt, floor as fl, pi
import numpy as np

x = np.arange(4) * sqrt(2)
print(x)
print(fl(2.5), pi, sqrt(pi))

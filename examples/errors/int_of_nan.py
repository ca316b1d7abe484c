# int() of a NaN has no integer value.
import numpy as np

x = np.array([1.0, np.nan])
print(x.mean())
n = int(x.mean())
print(n)

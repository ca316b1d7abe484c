# int() of an infinity overflows.
import numpy as np

x = np.array([1.0, 0.0])
r = x / x[1]
print(r)
print(int(r[0]))

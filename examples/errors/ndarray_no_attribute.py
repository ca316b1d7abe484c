# An array attribute that does not exist (Python's len(x) or x.size was meant).
import numpy as np

x = np.arange(10)
n = x.length
print(n)

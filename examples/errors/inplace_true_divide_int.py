# x /= 2 on an int64 array would need a float64 result in int64 memory.
import numpy as np

x = np.arange(6)
x /= 2
print(x)

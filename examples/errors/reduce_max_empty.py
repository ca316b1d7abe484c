# max() of an empty slice has no value.
import numpy as np

x = np.arange(5)
tail = x[5:]
print(tail.max())

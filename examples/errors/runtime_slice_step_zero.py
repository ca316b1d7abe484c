# A slice step computed at run time that is zero.
import numpy as np

x = np.arange(8)
for s in range(2, -1, -1):
    print(x[::s])

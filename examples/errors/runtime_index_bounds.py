# An index into an axis whose extent is known only at run time.
import numpy as np

x = np.arange(8)
for i in range(8):
    r = x[i:]
    print(r[3])

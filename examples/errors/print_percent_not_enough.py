import numpy as np
x = np.arange(3)
print("%d of %d" % x[1])

# With -1 the message shows the unknown dimension as `newaxis`.
import numpy as np

x = np.arange(12)
m = x.reshape((5, -1))
print(m)

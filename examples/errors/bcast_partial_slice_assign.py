# The value must broadcast to the shape of the slice, here (2, 4).
import numpy as np

x = np.arange(12).reshape(3, 4)
x[0:2, :] = np.ones((3, 4))
print(x)

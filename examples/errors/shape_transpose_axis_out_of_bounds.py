# transpose axes are checked against the number of dimensions.
import numpy as np

x = np.arange(6).reshape(2, 3)
print(np.transpose(x, (0, 2)))

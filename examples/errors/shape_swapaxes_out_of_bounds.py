# swapaxes names the offending argument.
import numpy as np

x = np.ones((2, 3))
print(x.swapaxes(0, 2))

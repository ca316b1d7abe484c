# np.repeat with counts of another length than the axis.
import numpy as np

x = np.arange(3)
print(np.repeat(x, [1, 2]))

# np.repeat with a negative count among the counts.
import numpy as np

x = np.arange(3)
print(np.repeat(x, [1, 2, 0]))
print(np.repeat(x, x - 1))

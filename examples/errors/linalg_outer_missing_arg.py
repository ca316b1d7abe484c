# np.outer of one array.
import numpy as np

print(np.outer(np.arange(3)))

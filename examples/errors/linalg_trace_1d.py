# np.trace of a vector: there is no diagonal.
import numpy as np

v = np.arange(4)
print(np.trace(v))

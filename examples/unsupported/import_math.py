# expect-error: 2:1: unsupported: import of module 'math' (only numpy is supported)
from math import sqrt
import numpy as np

x = np.arange(4) * sqrt(2)
print(x)

# expect-error: 3:1: unsupported: import of module 'os' (only numpy is supported)
import numpy as np
import os

x = np.arange(3)
print(x, os.getcwd())

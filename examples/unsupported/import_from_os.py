# expect-error: 3:1: unsupported: import of module 'os' (only numpy is supported)
import numpy as np
from os import path

print(np.zeros(2), path.sep)

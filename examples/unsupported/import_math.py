# expect-error: 2:1: unsupported: `from math import ...` (use `import math`)
from math import sqrt
import numpy as np

x = np.arange(4) * sqrt(2)
print(x)

import numpy as np
import math
print(1.5 ** 2000)

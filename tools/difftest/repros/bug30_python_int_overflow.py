import numpy as np
import math
t4 = 6 ** 25
print(t4)

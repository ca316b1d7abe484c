# math.log(x, 1) divides by log(1) == 0.
import numpy as np
import math

b = 1.0
print(math.log(5, 2))
print(math.log(5, b))

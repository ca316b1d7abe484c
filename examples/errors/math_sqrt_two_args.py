# math.sqrt takes exactly one argument.
import numpy as np
import math

print(math.sqrt(2, 3))

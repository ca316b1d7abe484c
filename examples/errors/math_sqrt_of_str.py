# math functions need a real number.
import numpy as np
import math

print(math.sqrt("4"))

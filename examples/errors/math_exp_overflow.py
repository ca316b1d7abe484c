# math.exp overflows with a range error instead of giving inf.
import numpy as np
import math

for k in range(3):
    print(math.exp(k * 500))

# A name math does not have.
import numpy as np
import math

print(math.sqroot(2))

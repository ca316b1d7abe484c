# ndigits must be an integer.
import numpy as np

print(round(2.5, 1.0))

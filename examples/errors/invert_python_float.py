# `~` of a Python float is Python's TypeError (NumPy is not involved).
import numpy as np

t = 0.5
u = ~t
print(u)

# `&` between Python scalars is Python's operator: no float version.
import numpy as np

scale = 2.5
flags = 3
mask = scale & flags
print(mask)

# A '.' must be followed by the precision.
import numpy as np

x = 2.5
print(f"{x:10.f}")

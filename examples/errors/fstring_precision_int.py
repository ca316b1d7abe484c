# Integers take no precision.
import numpy as np

n = np.arange(3).sum()
print(f"{n:.2}")

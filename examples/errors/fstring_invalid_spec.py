# A spec with characters left after the type is invalid.
import numpy as np

n = 12
print(f"{n:5dd}")

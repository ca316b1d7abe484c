# `and` between two boolean arrays (`&` was meant): the truth value of an array is ambiguous.
import numpy as np

x = np.array([-1.0, 0.5, 2.0, 3.5])
mask = (x > 0) and (x < 3)
print(mask)

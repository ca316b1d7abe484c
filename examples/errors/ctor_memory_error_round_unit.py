# Just under 1 EiB: 1023.99 PiB rounds to 1024, so NumPy moves to the next unit: 1.00 EiB.
import numpy as np

print(np.ones(1, dtype=bool))
x = np.ones(2**60 - 2**43, dtype=bool)
print(x.size)

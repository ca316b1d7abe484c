# An augmented assignment through a list index (x[[2, 1]] += 5, also -= and *=) leaves x
# unchanged in arrc; NumPy computes x[[2, 1]] + 5 and writes it back: [0 6 7].
import numpy as np
x = np.arange(3)
x[[2, 1]] += 5
print(x)

# A running total that starts as a Python int and becomes an np.int64 inside the loop.
import numpy as np

x = np.arange(5) * 2
total = 0
for i in range(5):
    total = total + x[i]
print(total, repr(total))

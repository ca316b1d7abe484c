# expect-error: 8:5: variable 'total' changes type inside a loop or branch: it is an int before and a numpy.int64 here (arrc needs one static shape and dtype per variable there)
# A running total that starts as a Python int and becomes an np.int64 inside the loop.
import numpy as np

x = np.arange(5) * 2
total = 0
for i in range(5):
    total = total + x[i]
print(total)

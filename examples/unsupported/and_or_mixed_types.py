# expect-error: 7:11: unsupported: `and`/`or` between a int and a numpy.float64
# `or` as a value between an int and a float: its type would depend on the values.
import numpy as np

x = np.array([0.5, 1.5])
count = 0
divisor = count or x.mean()
print(x / divisor)

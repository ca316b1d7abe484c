# expect-error: 7:10: unsupported: for loops over anything but range(...)
# Iterating over an array's elements directly; write `for i in range(len(x)):` instead.
import numpy as np

x = np.array([1.5, 2.0, 4.0])
total = 0.0
for v in x:
    total = total + float(v)
print(total)

# x[i] of a 2-D array is a 1-D view of row i; writing to it writes to x.
import numpy as np

x = np.arange(12).reshape(3, 4)
row = x[1]
print(row)
print(row.shape)
row[0] = 100
print(x)
row += 1
print(x)

last = x[-1]
last[:] = np.array([9, 8, 7, 6])
print(x)
print(x[2][1], x[0][-1])
for i in range(3):
    x[i] = x[i] * (i + 1)
print(x)

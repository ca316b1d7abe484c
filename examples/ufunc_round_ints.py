# Rounding ints: non-negative decimals leave them unchanged (a copy); negative decimals round
# through float64, half to even, and give ints back.
import numpy as np

i = np.array([15, 25, -15, 149, 150, 151, 7])
print(np.round(i))
print(np.round(i, 2))
print(np.round(i, -1))
print(np.round(i, -2))
print(np.round(i, -1).dtype)
r = np.round(i)
r[0] = 99
print(i[0], r[0])
print(repr(np.round(1250, -2)))

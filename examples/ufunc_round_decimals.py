# np.round(x, decimals): scale by 10**decimals, round half to even, scale back. The product
# is rounded first: 2.675 * 100 is 267.5 in doubles (so 2.68), 1.005 * 100 is
# 100.49999999999999 (so 1.0).
import numpy as np

x = np.array([2.675, 1.005, 0.125, -0.125, 0.375])
big = np.array([1234.5678, -98765.4321])
print(np.round(x, 2))
print(np.round(x, 1))
print(np.round(x, decimals=3))
print(x.round(2))
print(x.round(decimals=1))
print(np.round(big, -1))
print(np.round(big, -2))
print(np.round(big, 2))
print(np.round(np.array([1.5e-10, 2.5e-10]), 10))
print(repr(np.round(3.14159, 3)))

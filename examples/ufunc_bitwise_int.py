# & | ^ ~ on int64 arrays are bitwise (two's complement); mixing bool and int gives int64.
import numpy as np

x = np.array([0, 1, 6, 12, -1, -8])
print(x & 5)
print(x | 8)
print(x ^ 3)
print(~x)
print(x & np.array([True, False, True, True, True, False]))
print(x & x.reshape(6, 1)[:2])
print(repr(x[2] & 3), repr(~x[3]), repr(x[1] ^ True))
print(6 & 3, 6 | 3, 6 ^ 3, ~6)
print(x % 2 == (x & 1))

# NumPy's RuntimeWarnings for int32: division by zero, MIN // -1, scalar overflow, invalid casts.
import numpy as np
a = np.array([-2147483648, 7, 5], dtype=np.int32)
d = np.array([-1, 0, 2], dtype=np.int32)
print(a // d)
print(a % d)
s = np.int32(2147483647)
print(repr(s + np.int32(1)))
print(repr(np.int32(-2147483648) * np.int32(-1)))
print(repr(-np.int32(-2147483648)))
f = np.array([3e9, -3e9, np.nan, 2.5])
print(f.astype(np.int32))
print(repr(np.int32(7) // np.int32(0)))

# min() and max() of scalars: the first extreme value wins, NaN as Python compares it.
import numpy as np
import math

print(min(3, 1, 2), max(3, 1, 2), min(-5, -5), max(7, 9))
print(min(2.5, 1.5), max(0.1, 0.2, 0.3), min(math.nan, 1.0), min(1.0, math.nan))
print(max(math.nan, 1.0), max(1.0, math.nan), max(-0.0, 0.0), max(0.0, -0.0))
a = np.array([4.0, -1.5, 9.25])
print(max(a[0], a[1]), min(a[0], a[1], a[2]), repr(max(a[1], a[2])))
lo = 100
hi = -100
for i in range(10):
    v = (i * 37) % 11 - 5
    lo = min(lo, v)
    hi = max(hi, v)
print(lo, hi, max(True, False), min(True, False))

# The most negative int64 written as a literal, with Python ints, arrays and NumPy scalars.
import numpy as np

lo = -9223372036854775808
hi = 9223372036854775807
print(lo, hi, lo + hi, repr(lo))
a = np.array([lo, -1, 0, hi])
print(a)
print(a.min() == lo, a.max() == hi, a.min(), repr(a.max()))
print(a + 1)
print(a - 1)
print(abs(a), a * 2)
print(np.zeros(2, dtype=int) + lo, np.arange(3) + lo)
print(lo // 2, lo % 7, -(lo + 1), lo < -hi)

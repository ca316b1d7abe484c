# round() of NumPy ints: with ndigits NumPy's around (unchanged for ndigits >= 0, through
# float64 half-to-even for negative ones), without it a Python int. Found by the difftest.
import numpy as np

x = np.arange(5) * 25 + 15
for i in range(5):
    v = x[i]
    print(repr(round(v)), repr(round(v, -1)), repr(round(v, -2)), repr(round(v, 2)))
print(repr(round(np.int64(123456789012345678), -1)))
total = 0
for i in range(3):
    total += x[i]
print(repr(round(total, -1)), repr(round(total)))

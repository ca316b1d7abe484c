# Chained comparisons on scalars: a < b <= c means (a < b) and (b <= c), and its value is the
# value of the comparison that decided it (a NumPy bool when that one compared NumPy scalars).
import numpy as np

x = np.array([1, 5, 5, 9])
lo = 2
hi = 8
for i in range(x.size):
    print(i, lo <= x[i] <= hi, x[0] < x[i] < x[3])
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, 0 < 0.5 < 1 != 2)
inside = lo < x[1] < hi
print(repr(inside), repr(lo < hi < 10), repr(x[0] < x[1] <= x[2]))

# Comparisons of Python scalars give bool; of NumPy scalars np.bool.
import numpy as np

x = np.arange(4)
print(3 < 4, 2.5 >= 3, 1 == 1.0, 2 != 2)
print(repr(3 < 4), repr(x[1] < 2), repr(x[1] == 1))
print(x[1] < 2, x[3] > 5)
print(x.max() == 3, repr(x.mean() > 1))
print((3 > 2) + (4 > 1))
t = x[0] == 0
print(t, repr(t))
print((x[2] > 1, x[0] > 1))

# Elements of Python lists at indices computed at run time (negative ones count from the end).
import numpy as np
L = [3, 1, 4, 1, 5]
F = [0.5, 1.5]
B = [True, False]
s = 0
for i in range(5):
    s += L[i] * L[-i - 1]
print(s, F[len(F) - 1], B[int(F[0] > 0)], L[np.int64(2)])
k = len(L)
print(L[k - 5], L[-k])

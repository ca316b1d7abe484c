# min()/max() of a Python scalar and the NumPy scalar of its kind: the result is whichever
# argument wins, so its kind is decided at run time (found by the difftest).
import numpy as np

x = np.array([3, -1, 7])
f = np.array([0.5, -2.5, 4.0])
for i in range(3):
    print(repr(min(x[i], 2)), repr(max(2, x[i])), repr(min(f[i], 0.0, -1.0)), repr(max(f[i], 1.0)))
print(repr(min(x[0], 3)), repr(min(3, x[0])), repr(max(np.float64(1.5), 1.5)))
r = 0
s = 6
for i in range(4, -1, -1):
    print(repr(min(r, s)), repr(max(r, s)))
    r = x[i % 3]
val = -0.5
m = np.arange(12).reshape(2, 1, 6) == 0
for i in range(0, 2):
    print(min(val, val, -2.5), repr(min(val, -0.25)))
    val -= m[i, -1, i]

# A name read in a loop before the statement that makes it a NumPy scalar: from the second
# iteration on the read sees the NumPy scalar (found by the difftest, bug25).
import numpy as np

x = np.zeros((2, 22), dtype=int)
total = 1.0
for i in range(4):
    print(repr(total + total))
    total = total - x[1, i]

y = np.arange(4).reshape((4, 1))
r = 0
k = 0
while r < 3 * 10**4 and k < 6:
    k = k + 1
    r *= int(y[-1, -1])
    y[0, 0] += 100
    if y[0, 0] > r:
        r = y[0, 0]
    print(k, repr(r))

a = 0.5
b = 0.5
for i in range(3):
    print(repr(a), repr(b))
    a = b
    b = b + x[0, i]

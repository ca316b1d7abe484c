# A tour of the syntax arrc reads.
import numpy as np
from numpy import linalg as la, random

N = 4  # size


def scale(a, factor=2.0):
    return a * factor


x = np.arange(12).reshape((3, -1))
y = scale(x, factor=0.5)
x[1, 2] = 9
x[0:2, :] = 12
x[::-1, ...] += y[None, :, 1]
a, b = b, a = 1, 2
total = 0
for i in range(N):
    if i % 2 == 0 and not i in (1, 3):
        continue
    elif i > 2:
        break
    total += i ** 2
else:
    total = -total
while total < 100:
    total = total * 2 if total else 1
print(f"total = {total!r:>8}", 'done', sep="")
print(x @ y.T, x.sum(axis=0), ~x | 1 ^ 2 & 3 << 1 >> 1)

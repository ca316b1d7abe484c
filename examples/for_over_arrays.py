# for loops over arrays (items of the first axis: NumPy scalars or row views), enumerate(x[, start])
# and zip(a, b, ...) of arrays, with tuple targets; writes in the body are seen by later items.
import numpy as np
x = np.array([3, 1, 4, 1, 5])
total = 0
for v in x:
    total += v
    print(v, repr(v), total)
M = np.arange(6.0).reshape(3, 2)
for row in M:
    print(row, row.sum())
for a, b in M:
    print(a + b)
for i, v in enumerate(x):
    x[i] = v * 2
    print(i, v)
print(x)
for i, row in enumerate(M, 1):
    print(i, row)
for p, q in zip(x, M[:, 0]):
    print(p * q)
for p2, q2, r2 in zip(x, x[::-1], np.arange(3)):
    print(p2, q2, r2)
for v in x[x > 4]:
    print("big", v)
for i in range(2):
    for w in M[i]:
        print(i, w)
print(w, i, v)

# Ints a function computes from constants and returns (alone or in a tuple) stay compile-time
# constants at the call site, so they can size arrays and reshapes (npbench's lenet).
import numpy as np


def sizes(n, h):
    print("sizes called")
    h_pool = (h - 4) // 2
    flat = 16 * h_pool
    weights = np.arange(flat * 3, dtype=np.float32).reshape(flat, 3)
    return weights, flat, n + 1


def half(k):
    if k > 10:
        return k // 2
    return k // 2


w, flat, rows = sizes(2, 12)
x = np.arange(rows * flat).reshape((rows, flat))
print(x.shape, w.shape, (x @ w).sum())
print(np.zeros((rows, flat // 8), dtype=int))

h = half(9)
print(np.ones(h), np.arange(10)[h:])

t = sizes(1, 8)
a, n, m = t
print(a.shape, np.reshape(np.arange(n * m), (m, n)))


def net(x, n, c):
    return np.reshape(x, (n, c)).sum(axis=1)


print(net(np.arange(12.0), rows, 4))
for i in range(2):
    _, f2, r2 = sizes(i, 8)
    print(f2 * r2)

# Slices whose bounds are known only at run time give arrays with run-time extents:
# views, arithmetic, writes, products and reductions on them, as NumPy computes them.
import numpy as np

A = np.arange(30.0).reshape(5, 6)
for i in range(5):
    row = A[i, :i]              # a view of run-time length
    col = A[:i, i]
    print(i, row, col, row.shape, len(col))
    A[i, :i] += 0.5 * col       # in place, broadcast checked at run time
    A[i, i + 1:] = -1.0
print(A)

x = np.arange(10)
for k in range(1, 4):
    print(x[k:-k], x[::-k], x[k::k][1:], x[-k:])
    print(x[k:] @ x[:-k], np.dot(x[:k], x[:k]), np.sum(x[:k] * 2 + 1))

B = np.linspace(0.0, 1.0, 12).reshape(3, 4)
for j in range(4):
    v = B[:, j] @ B[:, j:]      # vector @ matrix of run-time width
    print(j, v, v.dtype)
    B[:, j:] = B[:, j:] * 2.0 - v

n = 2
for step in range(3):
    n = n + step
    z = np.zeros(n)
    o = np.ones((2, n), dtype=np.int32)
    r = np.arange(1, n + 1)
    f = np.arange(0.5, n)
    print(z, o, r * r, f, np.fromfunction(lambda t: t * t + 1, (n,)))

# a value known only at run time broadcasts as NumPy's rules say, length 1 included
for m in range(1, 4):
    u = np.arange(m)[:, None] + np.arange(3)[:m]
    print(u)

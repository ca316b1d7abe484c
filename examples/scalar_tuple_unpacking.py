# Tuple unpacking: swaps, shapes, pairs of arrays and Fibonacci-style updates in a loop.
import numpy as np

m = np.arange(12).reshape(3, 4)
rows, cols = m.shape
print(rows, cols, rows * cols == m.size)
a, b = 0, 1
for i in range(10):
    a, b = b, a + b
print(a, b)
lo, hi = m.min(), m.max()
lo, hi = hi, lo
print(lo, hi, repr(lo))
x, y, z = 1.5, 2, True
print(x, y, z)
first, last = m[0], m[-1]
print(first + last)
r, c = m.T.shape
print(r, c)
p = q = 0
for i in range(rows):
    p, q = q + i, p + int(m[i, cols - 1])
print(p, q)

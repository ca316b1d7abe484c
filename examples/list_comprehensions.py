# List comprehensions: over range, a list, a tuple, an array's rows, enumerate and zip,
# with `if` filters, nested `for`s and nested comprehensions.
import numpy as np

squares = [i * i for i in range(6)]
print(squares)
print([x / 2 for x in squares])
print([i for i in range(10) if i % 3 == 0])
print([i * j for i in range(1, 4) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])

L = [3, 1, 4, 1, 5]
print([x + 1 for x in L])
print([x > 2 for x in L])
print([k * x for k, x in enumerate(L)])
print([a - b for a, b in zip(L, [9, 8, 7])])

t = (2.5, -1.0, 0.25)
print([abs(v) for v in t])

A = np.arange(12.0).reshape(3, 4)
print([row.sum() for row in A])
print([float(row.max()) for row in A])
print([int(A[i, i]) for i in range(3)])

# Passed to NumPy and to the builtins.
print(np.array([i * 0.5 for i in range(4)]))
print(np.array([[i + j for j in range(3)] for i in range(2)]))
print(np.stack([A[i] * i for i in range(3)]))
print(np.mean([x * x for x in L]))
print(sum([L[i] for i in range(5) if i > 1]))
print(len([0 for _ in range(7)]))
print(max([abs(x - 3) for x in L]))
zs = [np.zeros(k).size for k in range(4)]
print(zs)
rng = np.random.default_rng(1)
print(np.array([rng.random(2) for _ in range(2)]))
print(np.array([A[i] + 1 for i in range(3)]))
print(np.array([A[0], A[2] * 2], dtype=int))

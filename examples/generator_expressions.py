# Generator expressions given to functions that consume them at once.
import numpy as np

L = [1.5, 2.0, -0.5]
print(sum(x * x for x in L))
print(sum(i for i in range(101)))
print(min(abs(x) for x in L), max(x for x in L))
print(tuple(k * 2 for k in range(3)))
print(list(k % 2 == 0 for k in range(3)))
print(sorted(-x for x in L))

shape = tuple(k + 1 for k in range(3))
Z = np.zeros(shape)
print(Z.shape, Z.ndim)
print(np.ones(tuple(n for n in (2, 3))))

print(np.fromiter((x * x for x in range(5)), dtype=float))
print(np.fromiter((i % 3 for i in range(7)), int))
A = np.arange(6).reshape(2, 3)
print(sum(row for row in A))
print(tuple([x for x in range(4) if x != 2]))
print(sum(x for x in range(0)), sum([k for k in range(5) if k > 9]))

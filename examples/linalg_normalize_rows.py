# A small program: normalise rows, project onto a direction, and accumulate traces in a loop.
import numpy as np


def unit_rows(m):
    return m / np.linalg.norm(m, axis=1, keepdims=True)


pts = np.array([[3.0, 4.0], [0.0, 5.0], [-8.0, 6.0]])
u = unit_rows(pts)
print(u)
d = np.array([1.0, 0.0])
print(u @ d)
rot = np.array([[0.0, -1.0], [1.0, 0.0]])
acc = np.eye(2)
for k in range(4):
    acc = acc @ rot
    print(k, acc[0], np.trace(acc), np.linalg.norm(acc, 1))
print(acc)

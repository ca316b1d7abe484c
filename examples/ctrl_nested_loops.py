# Nested loops filling a matrix element by element.
import numpy as np

m = np.zeros((4, 5))
for i in range(4):
    for j in range(5):
        m[i, j] = (i + 1) * (j + 1)
print(m)

t = np.zeros((3, 3))
for i in range(3):
    for j in range(i, 3):
        t[i, j] = 1
        t[j, i] = -1
print(t)

count = 0
for i in range(10):
    for j in range(10):
        if (i + j) % 3 == 0:
            count = count + 1
print(count)

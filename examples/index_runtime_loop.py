# Run-time integer indices from loop variables, for reading and writing.
import numpy as np

x = np.arange(12).reshape(3, 4)
total = 0
for i in range(3):
    for j in range(4):
        total = total + int(x[i, j]) * (i + 1)
print(total)

y = np.zeros((3, 4))
for i in range(3):
    for j in range(4):
        y[i, j] = i * 10 + j * 0.5
print(y)

v = np.arange(5)
for k in range(5):
    print(k, v[k], v[-k - 1])
i = 2
print(x[i, i + 1], x[i - 2, -i])

# A list is an array-like wherever a value is stored or an index is taken: x[[0, 0]] = [4, 6],
# x[1:4] = [1, 2, 3], x[i] += 1 and np.add.at(x, i, 1) with i a list variable.
import numpy as np

x = np.zeros(10)
x[[0, 0]] = [4, 6]
print(x)
x[1:4] = [1, 2, 3]
print(x)
L = [7.5, 8.5]
x[np.array([5, 6])] = L
print(x)
m = np.zeros((2, 3), dtype=int)
m[0] = [1, 2, 3]
m[:, 1] = [9, 9]
print(m)
y = np.zeros(10)
i = [2, 3, 3, 4, 4, 4]
y[i] += 1
print(y)
y = np.zeros(10)
np.add.at(y, i, 1)
print(y)

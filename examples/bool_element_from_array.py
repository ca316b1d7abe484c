import numpy as np

b = np.zeros(4, dtype=bool)
b[0] = np.array([2.5])
b[1] = np.array([0])
b[2] = np.array([[7]])
m = b[:1]
m[0] = m.copy()
print(b)
flags = np.zeros((2, 2), dtype=bool)
for i in range(2):
    flags[i, i] = np.array([i + 1])
print(flags)

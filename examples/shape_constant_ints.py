# Ints bound once, at top level, to constant expressions can size arrays, bound slices,
# reshape and set arange bounds.
import numpy as np

n = 4
m = n * 2 - 1
half = m // 2
data = np.arange(n * m).reshape(n, m)
print(data)
print(data[1:n - 1, half:], data[:, ::half])
w = np.ones((m, 2)) / m
print(data.dot(w))
print(np.zeros(half, dtype=int), np.arange(-half, half + 1))
width = data.shape[1]
last = len(data) - 1
print(data[last, width - 3:], data.reshape(-1, width * 2).shape)
block = np.zeros((half, half))
block[:, :] = data[:half, -half:]
print(block)

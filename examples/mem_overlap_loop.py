# Overlapping shifts repeated in a loop, a list-indexed write from a view of the target,
# and arrays large enough for a GPU to take the kernels.
import numpy as np

x = np.zeros(10, dtype=np.int64)
x[0] = 1
for k in range(5):
    x[1:] = x[:-1] + x[1:]
print(x)
w = np.arange(6)
for k in range(3):
    w[1:] = w[:-1]
    w[0] = 10 + k
print(w)
y = np.arange(6)
y[[1, 2, 3]] = y[[0, 1, 2]]
print(y)
y = np.arange(6)
y[[1, 2, 3]] = y[:3]
print(y)
y = np.arange(6)
y[[3, 2, 1]] = y[::-1][:3]
print(y)
big = np.arange(3_000_000, dtype=np.float64)
big[1:] = big[:-1]
print(big[:4], big[-3:], big.sum())
big[:-7] = big[7:]
print(big[:4], big[-9:], big.sum())
big[1:] += big[:-1]
print(big[:4], big[-3:], big.sum())
big[::-1] = big
print(big[:4], big[-3:], big.sum())
m = np.arange(2_000_000.0).reshape(1000, 2000)
m[1:, :] = m[:-1, :] * 0.5
print(m[:3, :3], m[-2:, -2:], m.sum())

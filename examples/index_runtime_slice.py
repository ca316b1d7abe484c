import numpy as np

x = np.arange(10) * 10
for i in range(8):
    print(i, x[i:i + 3], x[i:i + 3].sum())

# a moving average with a window of 4
y = np.arange(12.0) ** 2
out = np.zeros(9)
for i in range(9):
    out[i] = y[i:i + 4].mean()
print(out)

# writes through a run-time slice, rows of a 2-D array
m = np.zeros((4, 6), dtype=np.int64)
for r in range(4):
    m[r, r:r + 3] = r + 1
print(m)

# a step, and bounds offset from the same name
z = np.arange(20)
k = 3
print(z[k - 1:k + 5:2], z[k:k + 6][::-1])
j = 5
print(z[j + 1:j + 4] * 2)

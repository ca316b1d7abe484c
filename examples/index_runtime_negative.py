# Run-time negative indices count from the end, like constant ones.
import numpy as np

v = np.arange(10) * 3
n = 1
while n <= 4:
    print(-n, v[-n])
    n = n + 1

m = np.arange(9).reshape(3, 3)
for k in range(1, 4):
    m[-k, -k] = -1
print(m)
k = -2
print(m[k], m[k, k + 1])
m[k] = 0
print(m)

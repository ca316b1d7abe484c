# while loops over scalars and over array conditions.
import numpy as np

n = 1
while n < 100:
    n = n * 3
print(n)

x = np.ones(4)
steps = 0
while x.sum() < 50:
    x = x * 2
    steps = steps + 1
print(steps, x)

k = 10
while k > 0:
    k = k - 4
print(k)
v = np.arange(5)
i = 0
while v[i] < 3:
    i = i + 1
print(i, v[i])

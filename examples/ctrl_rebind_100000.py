# Rebinding array names 100000 times must run in constant memory.
import numpy as np

x = np.zeros(1000)
y = np.ones(1000)
for i in range(100000):
    x = x + y
    y = y * 1.0
print(x[:5])
print(x.sum(), y.sum())

z = np.arange(6)
n = 0
while n < 100000:
    z = z * 3 % 7
    n = n + 1
print(z)
s = np.zeros((10, 10))
for i in range(100000):
    s = s + 0.5
print(s.max())

# Python's default warnings filter shows each warning once per line: a loop warns once.
import numpy as np

x = np.array([1.0, 2.0])
total = np.float64(0.0)
for k in range(5):
    y = x / (k - 2)
    total = total + y[0]
    print(k, y)
print(total)
for k in range(3):
    print(np.log(x - k))
z = x / 0
print(z)

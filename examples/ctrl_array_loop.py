# Arrays updated in loops: accumulate, in-place updates and fixed-point iteration.
import numpy as np

acc = np.zeros((2, 3))
for i in range(4):
    acc += np.ones((2, 3)) * i
print(acc)

x = np.array([1.0, 2.0, 3.0])
for i in range(5):
    x = x / 2 + 1
print(x)

fib = np.zeros(10)
fib[1] = 1
for i in range(2, 10):
    fib[i] = fib[i - 1] + fib[i - 2]
print(fib)

y = np.arange(4)
for i in range(3):
    y[1:] = y[1:] + y[:-1]
print(y)

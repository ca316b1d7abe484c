# The fill value of np.full may be known only at run time; sizes come from constants.
import numpy as np

n = 4
x = np.arange(6.0).reshape(2, 3)
for i in range(3):
    print(np.full(3, i) * 2, np.full((2,), x[1, i]), np.full_like(x[0], i + 0.5))
print(np.linspace(0, n, n + 1), np.eye(n, n - 1, k=-1, dtype=int))
total = np.zeros(n)
for k in range(n):
    total += np.full(n, k * 0.25)
print(total)

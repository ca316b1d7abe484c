# int64 arithmetic on arrays wraps around silently, as in NumPy.
import numpy as np

big = np.array([9223372036854775807, -9223372036854775808, 4611686018427387904])
print(big)
print(big + 1)
print(big - 1)
print(big * 2)
print(-big)

x = np.arange(1, 6) * 1000000000
print(x * x)
print(x ** 3)

p = np.array([3])
for i in range(6):
    p = p * p
print(p)

s = np.array([4611686018427387904, 4611686018427387904])
print(s.sum())
print(s.max() + s.min())

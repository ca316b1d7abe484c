# Python int arithmetic that ends inside int64 is exact (no false overflow errors).
import numpy as np
big = 9223372036854775807
small = -9223372036854775807 - 1
print(big - 1, small + 1, big + small)
print(-big, abs(small + 1), small // 1, small % 7)
print(2 ** 62 + (2 ** 62 - 1), (-2) ** 63, 3 ** 39)
print(-(2 ** 62) * 2, big // -1, 4611686018427387904 * -2)
x = 1
for i in range(62):
    x = x * 2
print(x, x - 1 + x)
f = 1
for i in range(1, 21):
    f *= i
print(f)
print(int(9.2e18), int(-9.223372036854775e18), round(-9.2e18))
print(round(9223372036854775707, -2), round(-9223372036854775807, -18))
for i in range(9223372036854775800, 9223372036854775807, 3):
    print(i)
for i in range(-9223372036854775800, -9223372036854775807 - 1, -3):
    print(i)
print(int(np.float32(2.5e9)), int(np.float32(-7.9)), int(np.float64(-9.2e18)))
print(2**63 - 1, -2**63, 2**64 // 4 - 1, (2**70) % 1000, -(2**64) // 3 + 2**63)

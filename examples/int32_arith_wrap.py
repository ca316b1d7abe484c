# int32 arithmetic wraps at 32 bits, also inside one fused expression.
import numpy as np
big = np.array([2147483647, -2147483648, 100000, -7], dtype=np.int32)
one = np.ones(4, dtype=np.int32)
print(big + one)
print(big - one)
print(big * 2)
print(-big, abs(big))
a = np.array([50000, 65536, -40000, 3], dtype=np.int32)
b = np.array([50000, 65536, 60000, 5], dtype=np.int32)
c = np.array([7, 3, 9, 2], dtype=np.int32)
print(a * b)
print((a * b) // c)
print((a * b) % c)
print((a * b + 1) * 2 - a)
print(a ** 2, a ** 3)
print(a // c, a % c, a // -c, a % -c)
print(a / c)
print((a * b) / c)
print(a & b, a | c, a ^ c, ~a)
print(np.maximum(a, b), np.minimum(a, c), np.sign(a - b))
print(np.clip(a, -10, 10))
x = np.arange(6, dtype=np.int32)
x += 2147483645
print(x)
x *= 3
print(x)
x -= x[0]
print(x)

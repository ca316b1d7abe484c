# randint's masked rejection: 32-bit draws for small ranges, 64-bit draws for wide ones.
import numpy as np

np.random.seed(12345)
print(np.random.randint(0, 255, size=6))
print(np.random.randint(0, 256, size=6))
print(np.random.randint(0, 2**31, size=3))
print(np.random.randint(0, 2**32, size=3))
print(np.random.randint(0, 2**32 + 1, size=3))
print(np.random.randint(-2**40, 2**40, size=3))
print(np.random.randint(-2**62, 2**62, size=2))
print(np.random.randint(-9223372036854775807 - 1, 9223372036854775807, size=2))
print(np.random.randint(1000))

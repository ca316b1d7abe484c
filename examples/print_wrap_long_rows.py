# Rows longer than 75 characters wrap; repr indents continuation lines under the data.
import numpy as np

a = np.arange(30)
print(a)
print(repr(a))
f = np.arange(20) / 7
print(f)
print(repr(f))
m = np.arange(40).reshape(2, 20) * 1000
print(m)
print(repr(m))
b = np.arange(30) % 3 == 0
print(b)
print(repr(b))
print(np.arange(26) + 100)

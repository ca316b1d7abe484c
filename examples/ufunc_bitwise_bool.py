# & | ^ ~ on bool arrays are logical; with Python bools and NumPy bools too.
import numpy as np

a = np.array([True, True, False, False])
b = np.array([True, False, True, False])
print(a & b)
print(a | b)
print(a ^ b)
print(~a)
print(a & True, a | False, a ^ True)
print(~(a & b) | (a ^ b))
x = np.arange(5)
print((x > 1) & (x < 4))
print(~((x > 1) | (x == 0)))
print(repr(a[0] & b[1]), repr(~a[0]), repr(a[2] | True))

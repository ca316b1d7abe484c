# bin/oct/hex of ints: Python's prefixed digits, a sign before the prefix; NumPy ints too.
import numpy as np

print(repr(bin(42)), repr(bin(59)), repr(bin(42 & 59)), repr(bin(42 | 59)))
print(bin(0), bin(-5), oct(8), oct(-8), hex(255), hex(-255), hex(0))
print(bin(True), hex(False))
x = np.arange(-3, 4)
for i in range(len(x)):
    print(bin(x[i]), oct(x[i] * 9), hex(x[i] * 1000))
big = 2**62 + 12345
print(bin(big))
print(hex(-big))
print(bin(np.int32(-7)), hex(np.int32(2147483647)))
n = int(x.sum()) + 17
print(bin(n) + "!", len(bin(n)))

# np.int32 scalars: arithmetic wraps at 32 bits, Python ints stay weak, conversions.
import numpy as np
a = np.int32(2000000000)
b = np.int32(-3)
print(repr(a * b), repr(a // b), repr(a % b), repr(b ** 3), repr(-b), repr(abs(b)))
print(repr(a + 1), repr(a - 5), repr(b * 2), repr(b / 2), repr(b + 0.5))
print(repr(a + np.int64(1)), repr(b * np.float32(2)), repr(b + True))
print(a > b, repr(a > b), a == 2000000000, b < 0.0)
print(int(b), float(b), bool(b), str(b))
total = np.int32(0)
for i in range(5):
    total = total + np.int32(i) * np.int32(1000000000)
print(repr(total))
m = max(a, b)
print(repr(m), repr(min(b, np.int32(-10))))
print(repr(np.maximum(a, b)), repr(np.abs(b)), repr(np.sign(b)))
print(repr(np.array([1, 2], dtype=np.int32)[0] + np.array([1, 2], dtype=np.int32)[1]))
c = np.int32(7)
c += 1
print(repr(c))
print(repr(np.int32(7) // np.int32(2)), repr(np.float64(7) // np.int32(2)))
print(repr(round(np.int32(17))), repr(round(np.int32(-17))))

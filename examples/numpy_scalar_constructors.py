# np.float64(x), np.float32(x), np.int64(x), np.bool_(x) make NumPy scalars.
import numpy as np

x = np.arange(3)
offset = np.float64(0.5)
print(x + offset, repr(offset))
f = np.float32(0.1)
print(f, repr(f), f * 3, repr(f + f), np.float32(1) / 3)
print(np.int64(2.7), repr(np.int64(-2.7)), np.int64(7) // 2, repr(np.int64(True)))
print(np.bool_(2), repr(np.bool_(0)), np.float64(), repr(np.int64()))
print(repr(np.float64(3) * 2), repr(np.float64(2) ** 0.5))

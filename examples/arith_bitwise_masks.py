# Combining boolean masks with & | ^ ~ (elementwise), and the same operators on int64 bits.
import numpy as np

temp = np.array([12.0, 18.5, 25.0, 31.0, 7.5, 22.0])
rain = np.array([True, False, False, True, True, False])
mild = (temp >= 15) & (temp <= 25)
print(mild, mild.sum())
print(mild & ~rain, mild | rain, mild ^ rain)
outdoor = mild & ~rain
print("outdoor days:", outdoor.sum(), "mean temp", (temp * outdoor).sum() / outdoor.sum())
flags = np.array([1, 2, 4, 8, 3, 12])
print(flags & 4, flags | 1, flags ^ 3, ~flags)
print((flags & 1) == 1, flags[4] & flags[5], repr(rain[0] & rain[1]))
acc = np.zeros(6, dtype=bool)
acc |= rain
acc &= temp > 10
acc ^= mild
print(acc, 6 & 3, 6 | 3, 6 ^ 3, ~6)

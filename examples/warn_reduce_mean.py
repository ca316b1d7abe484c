# mean's warnings: its sum's overflow/invalid value (filed under one line of _methods.py for
# x.mean() and np.mean(x) alike), and the mean of an empty array: `Mean of empty slice` (at
# the caller's line: the script's for x.mean(), fromnumeric.py's for np.mean) and the 0 / 0
# of `invalid value encountered in scalar divide`.
import numpy as np

big = np.array([1e308, 1e308])
opposite = np.array([np.inf, -np.inf, 2.0])
nothing = np.array([])
no_ints = np.zeros(0, dtype=np.int64)
halves = np.array([0.5, 1.5], dtype=np.float32)

print(halves.mean())
print(np.mean(big))
print(big.mean())
print(opposite.mean())
print(np.mean(nothing))
print(nothing.mean())
print(nothing.mean())
print(np.mean(no_ints))
print(no_ints.mean())
for k in range(2):
    print(k, nothing.mean(), np.mean(nothing))
print(np.mean(np.array([1e38, 3e38], dtype=np.float32)))

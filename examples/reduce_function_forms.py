# np.sum / np.mean / np.max / np.amax / np.min / np.amin agree with the methods, on arrays
# and views, for int, float and bool arrays.
import numpy as np

m = np.array([[4, -2, 9], [0, 7, -5]])
print(np.sum(m), m.sum(), np.mean(m), m.mean())
print(np.max(m), np.amax(m), np.min(m), np.amin(m))
print(np.sum(m[:, 1]), np.max(m.T[2]), np.min(m[::-1, ::2]))
f = m * 0.5
print(repr(np.sum(f)), repr(np.mean(f)), repr(np.amax(f)), repr(np.amin(f)))
b = m > 0
print(np.sum(b), np.mean(b), np.max(b), np.min(b), repr(np.amax(b)))
spread = np.max(f) - np.min(f)
print("spread", spread, "normalised", (f - np.min(f)) / spread)

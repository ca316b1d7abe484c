# Min-max scaling to [0, 1], then integer grades with astype, using the np.* function forms.
import numpy as np

raw = np.array([[55.0, 72.5, 90.0], [61.0, 48.0, 100.0]])
lo = np.min(raw)
hi = np.amax(raw)
scaled = (raw - lo) / (hi - lo)
print(scaled)
grades = (scaled * 4).astype(int) + 1
print(grades, np.sum(grades), np.mean(grades))
top = grades == np.max(grades)
print(top, top.sum())
print(np.reshape(grades, -1), np.reshape(scaled, (3, 2)).transpose())

# Bucket measurements into bins with chained comparisons, counting in an int array.
import numpy as np

temps = np.array([12.5, 18.0, 21.3, 25.0, 30.1, 17.9, 22.0, 35.5, 9.8, 25.0])
edges = np.array([10.0, 18.0, 25.0, 32.0])
counts = np.zeros(5, dtype=int)
for i in range(temps.size):
    t = temps[i]
    if t < edges[0]:
        counts[0] += 1
    elif edges[0] <= t < edges[1]:
        counts[1] += 1
    elif edges[1] <= t < edges[2]:
        counts[2] += 1
    elif edges[2] <= t < edges[3]:
        counts[3] += 1
    else:
        counts[4] += 1
print(counts, counts.sum(), repr(counts.dtype))
mild = 0
for i in range(temps.size):
    if 15 < temps[i] <= 25 and not temps[i] == 25.0:
        mild += 1
print("mild days:", mild)
print((temps >= 18.0).sum(), 18.0 <= temps[2] < 25.0, 0 < mild < 3, 0 <= mild <= 10 < temps.size)

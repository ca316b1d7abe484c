# Running mean and variance (Welford's algorithm), one element at a time, with chained
# assignment, conditional expressions for the running min/max and an `and` in a condition.
import numpy as np

data = np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
n = 0
mean = 0.0
m2 = 0.0
lo = hi = float(data[0])
for i in range(len(data)):
    v = float(data[i])
    n += 1
    delta = v - mean
    mean += delta / n
    m2 += delta * (v - mean)
    lo = v if v < lo else lo
    hi = v if v > hi else hi
    if n >= 2 and i % 2 == 1:
        print("after", n, "values: mean", mean, "sample var", m2 / (n - 1))
var = m2 / n
print("mean", mean, "population var", var, "std", var ** 0.5)
print("numpy:", data.mean(), np.mean(data), ((data - np.mean(data)) ** 2).mean())
print("range", lo, hi, hi - lo, "matches", lo == np.min(data) and hi == np.max(data))

# The scalar builtins together on run-time values.
import numpy as np
import math

x = np.arange(1, 8) * 1.5
acc = 0.0
for i in range(7):
    v = float(x[i])
    acc = acc + round(v) * 0.5
    print(i, v, round(v), int(v), abs(v - 4), max(v, 4.5), min(v, 3.0), round(v / 7, 3))
print(acc, round(acc), str(acc), len(str(acc)), math.floor(acc), math.ceil(acc))

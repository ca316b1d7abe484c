# math.floor / math.ceil return ints.
import numpy as np
import math

vals = np.array([2.5, -2.5, 3.0, -0.0, 1e15 + 0.5, 0.999999])
for i in range(6):
    v = vals[i]
    print(v, math.floor(v), math.ceil(v), repr(math.floor(v)))
print(math.floor(7), math.ceil(-7), math.floor(True), math.ceil(np.int64(4)), math.floor(np.float32(2.7)))
print(math.floor(-0.5) + math.ceil(-0.5), math.floor(2.5) * 2)

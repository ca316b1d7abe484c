# math.sqrt, math.exp, math.log: Python floats from any real scalar.
import numpy as np
import math

print(math.sqrt(2), math.sqrt(2.25), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(1e300))
print(math.exp(0), math.exp(1), math.exp(-745), math.exp(709), math.exp(-1.5))
print(math.log(1), math.log(2), math.log(1e-300), math.log(math.inf), math.log(7))
a = np.array([1.0, 4.0, 10.0])
print(math.sqrt(a[1]), repr(math.sqrt(a[1])), math.log(a[2]), math.exp(a[0]), math.sqrt(np.int64(9)))
print(math.sqrt(True), math.exp(np.float32(0.5)), math.log(np.float32(3.0)))
for k in range(1, 5):
    print(k, math.sqrt(k), math.exp(k), math.log(k))

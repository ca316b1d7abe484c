# math.log(x, base) is log(x) / log(base).
import numpy as np
import math

print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(2, 8), math.log(1, 3))
print(math.log(0.5, 2), math.log(27, 3), math.log(10, 0.1), math.log(math.e, math.e))
a = np.array([2.0, 16.0, 1024.0])
for i in range(3):
    print(math.log(a[i], 2), math.log(a[i], 4), math.log(a[i]))

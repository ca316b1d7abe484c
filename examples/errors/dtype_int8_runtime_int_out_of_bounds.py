# A Python int known only when the program runs must still fit the int8 it is cast to.
import numpy as np
a = np.array([1, -2, 3], dtype=np.int8)
k = 1
for i in range(3):
    k = k * 10
    print(a * k)

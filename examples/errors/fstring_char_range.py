# `c` of an int beyond Unicode fails at run time, after the earlier output.
import numpy as np

a = np.array([65, 1114112])
for i in range(2):
    print(f"{a[i]:c}")

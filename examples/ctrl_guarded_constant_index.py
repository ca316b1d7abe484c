# A constant index guarded by a length check: the guarded access never runs, so NumPy raises
# nothing (an out-of-bounds index is not an error in code that is not executed).
import numpy as np

x = np.arange(5) * 10
k = 7
if k < len(x):
    print("x[k] =", x[k])
else:
    print("k =", k, "is past the end")
if k < len(x) and x[k] > 0:
    print("positive")
print(x[k] if k < len(x) else x[-1])

import numpy as np
x = np.arange(3.0)
val = 0.5
if x[0] > 1:
    val = x[2]
print(repr(round(val, 0)))

# Extents known only at run time: the broadcast check runs when the line does.
import numpy as np

x = np.arange(10.0)
for i in range(1, 5):
    print(x[:i] + x[i:2 * i])
    print(x[:i] * 2 + x[:3])

# A negative Python int does not fit uint8.
import numpy as np
x = np.uint8(7)
y = x - 1
print(x + -1)

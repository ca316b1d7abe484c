# np.uint8(300) is an OverflowError in NumPy 2.
import numpy as np
y = np.uint8(255)
x = np.uint8(300)
print(x)

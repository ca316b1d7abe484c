# NEP 50: a Python int operand must fit the uint8 array it is cast to.
import numpy as np
a = np.array([1, 2], dtype=np.uint8)
b = a + 255
print(a + 300)

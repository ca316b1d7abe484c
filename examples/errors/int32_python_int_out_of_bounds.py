# NEP 50: a Python int operand must fit the int32 array it is cast to.
import numpy as np
a = np.array([1, -5], dtype=np.int32)
print(a * 3000000000)

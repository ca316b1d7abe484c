# np.identity(2**31) has 2**62 elements: 2**65 bytes of float64.
import numpy as np

print(np.identity(2, dtype=int))
x = np.identity(2**31)
print(x[0, 0])

# np.arange(2**61) would need 2**64 bytes of int64.
import numpy as np

print(np.arange(4))
x = np.arange(2**61)
print(x[0])

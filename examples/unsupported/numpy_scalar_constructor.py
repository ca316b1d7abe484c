# expect-error: 6:10: unsupported: numpy function 'np.float64'
# Calling a NumPy scalar type to make a scalar.
import numpy as np

x = np.arange(3)
offset = np.float64(0.5)
print(x + offset)

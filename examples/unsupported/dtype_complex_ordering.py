# expect-error: 6:7: unsupported: ordering comparisons of complex arrays (NumPy orders them lexicographically)
import numpy as np

a = np.array([1 + 2j, 3j])
b = np.array([1 + 1j, 4j])
print(a < b)

# np.linspace with 2**61 samples of float64.
import numpy as np

print(np.linspace(0, 1, 5))
x = np.linspace(0, 1, 2**61)
print(x[1])

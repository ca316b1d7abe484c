# arange with float bounds or steps: length ceil((stop - start) / step), NumPy's fill.
import numpy as np

print(np.arange(0.5, 3.1, 0.3))
print(np.arange(1, 2, 0.1))
print(np.arange(0.0, 1.0, 0.1, dtype=np.float32))
print(np.arange(0, 5, 0.5).shape)
print(np.arange(-1, 1, 0.25))
print(np.arange(3.0))
print(np.arange(2, 3.5), np.arange(1, 2, 0.3).size)

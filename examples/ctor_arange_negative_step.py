# arange counting down, and empty ranges.
import numpy as np

print(np.arange(10, 0, -3))
print(np.arange(5, -5, -2))
print(np.arange(1.0, 0.0, -0.125))
print(np.arange(0, 10, -1), np.arange(0, 10, -1).shape)
print(np.arange(3, 3), np.arange(4, 1))
print(np.arange(0, 20, 7, dtype=float))

# A 50x50 float matrix (2500 elements) is summarised in both directions.
import numpy as np

m = np.arange(2500).reshape(50, 50) / 7
print(m)
print(repr(m))
print(m.T)
print(m[1:] + 1)
print(m[::2, ::2].shape)
b = m > 100
print(b)

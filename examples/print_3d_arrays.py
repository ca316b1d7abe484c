# Arrays of rank 3 and 4: blank lines separate the blocks.
import numpy as np

z = np.zeros((2, 3, 4))
print(z)
print(repr(z))
t = np.arange(24).reshape(2, 3, 4)
print(t)
print(repr(t))
q = np.arange(16).reshape(2, 2, 2, 2)
print(q)
print(repr(q * 0.5))

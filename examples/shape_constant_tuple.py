# A tuple of int constants bound once at top level is a shape: np.zeros(shape), reshape(shape),
# and its unpacked parts stay constants.
import numpy as np
shape = (2, 3)
Z = np.zeros(shape)
R = np.ones(shape, dtype=np.int32) * 7
print(Z, R)
n, m = shape
print(np.arange(n * m).reshape(shape), np.full(shape, 1.5))
def make(s):
    return np.ones(s)
print(make((2, 2)), make(shape))

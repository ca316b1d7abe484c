# Broadcasting two empty arrays to (2**40, 2**40, 0): the result holds nothing, but
# NumPy's iterator cannot count 2**80 elements.
import numpy as np

a = np.zeros((2**40, 1, 0))
b = np.zeros((1, 2**40, 0))
print(a.shape, b.shape)
c = a + b
print(c.shape)

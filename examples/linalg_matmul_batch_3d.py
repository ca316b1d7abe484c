# @ of two 3-D stacks: one matrix product per batch index.
import numpy as np

a = np.arange(24).reshape(2, 3, 4)
b = np.arange(16).reshape(2, 4, 2)
c = a @ b
print(c)
print(c.shape, c.dtype)
f = np.arange(12.0).reshape(2, 2, 3) * 0.5
g = np.ones((2, 3, 2))
print(f @ g)

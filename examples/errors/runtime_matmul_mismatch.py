# `@` of a vector and a matrix whose inner extents differ at run time.
import numpy as np

M = np.ones((3, 4))
v = np.arange(5.0)
for i in range(3, 6):
    print(v[:i] @ M)

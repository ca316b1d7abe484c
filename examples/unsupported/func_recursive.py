# expect-error: 8:13: unsupported: recursion over a float64 array of shape (2,) argument (recursive functions take scalars)
import numpy as np
def halve(x):
    if x.sum() < 1:
        return x
    return halve(x / 2)

print(halve(np.ones(2)))

# expect-error: 7:5: variable 'x' changes type inside a loop or branch: it is an int64 array of shape (4,) before and a float64 array of shape (4,) here (arrc needs one static shape and dtype per variable there)
# A name rebound in a branch to an array of another dtype than it had before.
import numpy as np

x = np.arange(4)
if x.sum() > 3:
    x = x / 2
print(x)

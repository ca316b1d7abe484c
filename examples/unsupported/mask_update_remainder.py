# expect-error: 6:1: unsupported: `%=` through a boolean mask on int64 values
# `%` has no identity element that would leave the unselected values alone.
import numpy as np

x = np.arange(6)
x[x > 2] %= 2
print(x)

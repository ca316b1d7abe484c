# expect-error: 6:11: OverflowError: Python int 10000000000000000000 is out of arrc's int64 range (CPython's ints are unbounded)
# int() of a float64 at or beyond 2**63 is a Python int that int64 cannot hold.
import numpy as np
x = np.float64(1e19)
print(int(x / 2))
print(int(x))

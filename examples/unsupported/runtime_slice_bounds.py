# expect-error: 7:16: unsupported: slice bounds not known at compile time
# A moving window: slice bounds that depend on the loop variable.
import numpy as np

x = np.array([1.0, 3.0, 2.0, 5.0, 4.0, 6.0])
for i in range(4):
    window = x[i:i + 3]
    print(i, window.mean())

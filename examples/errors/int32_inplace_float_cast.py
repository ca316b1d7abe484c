# `+=` of a float into an int32 array: NumPy's 'same_kind' casting refuses float64 -> int32.
import numpy as np
a = np.array([1, 2, 3], dtype=np.int32)
a += 1.5
print(a)

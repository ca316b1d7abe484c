# np.full with dtype=: the fill value is cast (floats truncate toward zero into ints).
import numpy as np

print(np.full(3, 2.7, dtype=int))
print(np.full(3, -2.7, dtype=np.int64))
print(np.full((2, 2), 1.1, dtype=np.float32))
print(np.full((2, 2), 1.1, dtype="float32") * 3)
print(np.full(3, 0.5, dtype=bool))
print(np.full(3, 0, dtype="bool"))
print(np.full(2, 5, dtype=float), np.full(2, True, dtype="int64"))
x = np.full((2, 3), 1.5, dtype="float64")
print(x.dtype, x)

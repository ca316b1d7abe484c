# Every spelling of dtype= names the same four dtypes.
import numpy as np

print(np.zeros(2, dtype=float).dtype, np.zeros(2, dtype=np.float64).dtype, np.zeros(2, dtype="float64").dtype)
print(np.ones(2, dtype=int).dtype, np.ones(2, dtype=np.int64).dtype, np.ones(2, dtype="int64").dtype)
print(np.ones(2, dtype=bool).dtype, np.ones(2, dtype=np.bool_).dtype, np.ones(2, dtype="bool").dtype)
print(np.ones(2, dtype=np.float32).dtype, np.ones(2, dtype="float32").dtype)
print(np.arange(3, dtype="float32"), np.eye(2, dtype="int64"), np.full(2, 1, dtype=np.bool_))
x = np.arange(4)
print(np.zeros(3, dtype=x.dtype).dtype, np.linspace(0, 3, 4, dtype=x.dtype))

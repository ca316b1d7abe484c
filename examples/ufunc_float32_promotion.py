# float32 with float64 arrays or ints promotes: a float32 array with a float64 array is
# float64, with an int64 array float64, with a Python float float32.
import numpy as np

f = np.array([1.0, 2.0], dtype=np.float32)
d = np.array([0.5, 0.25])
i = np.array([3, 4])
print(np.maximum(f, d).dtype, np.maximum(f, i).dtype, np.maximum(f, 1.5).dtype)
print(np.arctan2(f, d).dtype, np.arctan2(i, i).dtype, np.arctan2(f, 2).dtype)
print(np.where(f > 1, f, d).dtype, np.where(f > 1, f, 0).dtype)
print(np.clip(f, 0, 1).dtype, np.clip(i, 0, 1.5).dtype, np.clip(i, 0, 3).dtype)
print(np.power(f, 2).dtype, np.mod(i, 2.0).dtype, np.floor_divide(f, i).dtype)

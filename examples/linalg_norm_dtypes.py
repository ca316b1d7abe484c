# Integer and bool arrays are converted to float64 before the norm; float32 stays float32.
import numpy as np

i = np.array([[3, 4], [0, -12]])
print(repr(np.linalg.norm(i)))
print(repr(np.linalg.norm(i, 1)))
print(np.linalg.norm(i, axis=0))
print(repr(np.linalg.norm(np.array([True, False, True, True]))))
f = np.array([3.0, 4.0], dtype=np.float32)
print(repr(np.linalg.norm(f)))
print(repr(np.linalg.norm(f, 1)))
print(repr(np.linalg.norm(np.arange(3, dtype=np.float32))))
print(np.linalg.norm(np.ones((2, 3), dtype=np.float32), axis=0))

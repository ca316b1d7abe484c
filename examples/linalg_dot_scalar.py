# np.dot with a scalar operand is a multiply; the scalar counts as an int64, float64 or bool
# array, whatever its value (so a float32 array times 2 gives float64).
import numpy as np

x = np.arange(4)
y = np.arange(4, dtype=np.float32)
print(np.dot(2, x))
print(np.dot(x, 2.5))
print(np.dot(2, y))
print(np.dot(2, y).dtype)
print(repr(np.dot(2, 3)))
print(repr(np.dot(2.0, 3)))
print(np.dot(True, x))
print(np.dot(np.arange(6).reshape(2, 3), 3))
print(x.dot(-1))
print(repr(np.inner(2, 4)))

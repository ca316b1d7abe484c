# float32 overflows at its own range: multiply, add and power warn where float64 would not.
import numpy as np

a = np.array([3e38, -3e38, 1.0], dtype=np.float32)
print(a * 2)
print(a + a)
print(np.sqrt(a))
print(a / np.float32(0.0))
s = np.float32(3e38)
print(s * np.float32(10.0))
print(s + s)
print(np.exp(np.array([100.0, 0.0], dtype=np.float32)))
print(np.log(np.array([0.0, -1.0, 1.0], dtype=np.float32)))

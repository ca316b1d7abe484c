# Arrays print floats with up to 8 digits after the point, trailing zeros dropped
# but columns kept aligned.
import numpy as np

print(np.array([0.5, 1.0, 2.0, 4.0]))
print(np.array([1.0, 2.0, 3.0]))
print(np.arange(4) / 3)
print(np.array([2.0, 3.0]) / 3)
print(np.array([0.1, 0.2]) + 0.1)
print(np.array([1.23456789012, 2.5]))
print(np.array([0.123456785, 0.123456775]))
print(np.array([100.5, 2.25, 3.125]))
print(np.array([1e-4, 1.0]))
print(np.array([0.0001, 0.5]))
print(np.array([12345678.9, 1.5]))
print(np.array([-1.5, 22.75, 0.0]))
print(np.ones((2, 2)) / 8)
print(repr(np.array([0.5, 1.0, 2.0, 4.0])))
print(repr(np.array([[1.0, -2.5], [3.25, 4.0]])))

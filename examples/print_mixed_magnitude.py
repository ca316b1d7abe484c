# Fixed-point printing pads to the widest integer part and the longest fraction.
import numpy as np

print(np.array([1.5, 1000000.0]))
print(np.array([0.001, 0.5, 999.0]))
print(np.array([3.14159265358979, 100.0]))
print(np.array([-0.001, 12.5]))
print(np.array([[1.0, 0.25], [-10.5, 3.0]]))
print(np.array([0.3333333333, 0.5, 0.66666666666]))
print(np.array([1.0, 1.0000000001]))
print(np.array([0.99999999999, 1.0]))
print(np.array([12345.678, 0.001]))
print(np.array([2.5e-4, 1e-3]))
print(np.array([1e7, 1.5]))
print(repr(np.array([1e7, 1.5])))

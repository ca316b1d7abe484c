# Python floats print with the shortest repr that round-trips.
import numpy as np

print(0.1 + 0.2)
print(1 / 3, 2 / 3)
print(1e16, 1e15, 123456789012345678.0)
print(1e-4, 1e-5, 0.0001234)
print(2.0, 100.0, -3.5)
print(1e22, 1.5e-300)
print(10 / 4, 7 / 7)
print(2 ** 0.5)
print(np.pi, np.e)
print(float(7), float(-0.5))
print(0.1 * 3, 1.1 * 1.1)
print(9007199254740993.0)
print(5e-324, 1.7976931348623157e308)
print(repr(0.1), str(0.25))
print(1e300 * 1e10, -1e300 * 1e10)

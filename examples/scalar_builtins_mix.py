# int(), float(), bool(), abs(), len(), str() and repr() on Python scalars, NumPy scalars and arrays.
import numpy as np

readings = np.array([-2.75, 3.5, 0.0, 8.25])
lo = readings.min()
hi = readings.max()
print(int(lo), int(hi), float(len(readings)), bool(readings[2]), bool(lo))
print(abs(lo), repr(abs(lo)), abs(-7), abs(True), abs(readings))
print(len(readings), len(readings.reshape(2, 2)), len(readings.shape), len((lo, hi, 3)))
desc = "min=" + str(lo) + " max=" + repr(hi) + " n=" + str(len(readings))
print(desc)
print(str(readings) + " / " + repr(readings[1:3]))
print(repr(int(hi)), repr(float(3)), repr(bool(0)), repr(bool(np.array([1.5]))))
print(int(-0.9), int(7 / 2), float(True), bool(-1), abs(-0.0), abs(readings.astype(int)))

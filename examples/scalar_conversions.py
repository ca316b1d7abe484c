# int(), float(), abs() and len() on Python and NumPy values.
import numpy as np

print(int(3.9), int(-3.9), int(True), int(7))
print(float(3), float(-1), float(2.5), float(False))
print(abs(-4), abs(4.5), abs(-0.0), abs(-2.0))
x = np.array([1.75, -2.5, 3.0])
print(int(x[0]), int(x[1]), float(x[2]))
print(repr(int(x[0])), repr(float(x[2])))
i = np.arange(5)
print(int(i.sum()), float(i.mean()), float(i[3]))
print(repr(abs(x[1])), abs(x))
print(abs(i - 2))
print(len(x), len(np.zeros((3, 7))), len(i[1:]))
print(int(x.max() * 10), int(x.min()))
print(float(i.max()) / 3)

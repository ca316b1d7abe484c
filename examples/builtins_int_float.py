# int() truncates toward zero; float() converts; both give Python scalars.
import numpy as np

print(int(2.9), int(-2.9), int(True), int(7), float(3), float(True), float(2.5))
a = np.array([1.75, -1.75, 1e10])
print(int(a[0]), int(a[1]), int(a[2]), float(a[0]), repr(float(a[0])))
i = np.array([5, -6])
print(int(i[1]), float(i[0]), repr(int(i[1])), repr(float(i[1])))
print(int(), float(), int(np.float32(3.99)), float(np.float32(0.1)))

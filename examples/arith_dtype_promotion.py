# Result dtypes of mixing int64, float64 and bool arrays and Python scalars.
import numpy as np

i = np.array([1, 2, 3])
f = np.array([0.5, 1.5, 2.5])
b = np.array([True, False, True])

print(i + f, (i + f).dtype)
print(i * b, (i * b).dtype)
print(f - b, (f - b).dtype)
print(b + b, (b + b).dtype)
print(b * b, (b * b).dtype)
print(b / b[0], (b / b[0]).dtype)
print(i + 1, (i + 1).dtype)
print(i + 1.0, (i + 1.0).dtype)
print(i * True, (i * True).dtype)
print(b + 1, (b + 1).dtype)
print(b * 2.5, (b * 2.5).dtype)
print(f + 1, (f + 1).dtype)
print(i / i, (i / i).dtype)
print(i // 2.0, (i // 2.0).dtype)
print(b + True, (b + True).dtype)

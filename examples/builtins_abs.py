# abs() of Python scalars, NumPy scalars and arrays.
import numpy as np

print(abs(-3), abs(3), abs(-2.5), abs(-0.0), abs(True), abs(False))
a = np.array([-1.5, 2.0, -0.0])
i = np.array([-7, 3])
print(abs(a[0]), repr(abs(a[0])), abs(i[0]), repr(abs(i[0])), repr(abs(a[2])))
print(abs(a), abs(i), abs(a - 1.0).sum())
f = np.array([-0.1], dtype=np.float32)
print(abs(f[0]), repr(abs(f[0])))

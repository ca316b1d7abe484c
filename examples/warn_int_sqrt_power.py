# `x ** 0.5` is NumPy's `sqrt` fast path only for float arrays: int and bool arrays go to
# `power`, which names itself in the warning.
import numpy as np

i = np.array([-4, 9, 16])
print(i ** 0.5)
j = np.array([-1, 4], dtype=np.int32)
print(j ** 0.5)
x = np.array([-4.0, 9.0])
print(x ** 0.5)
y = np.array([-4.0, 9.0], dtype=np.float32)
print(y ** 0.5)
print((i + 1) ** 0.5 + 1)

# np.set_printoptions(precision=...) changes array printing, not NumPy scalars' str or repr.
import numpy as np

a = np.array([1 / 3, 2 / 3, 10.0, 1e-3])
print(a)
np.set_printoptions(precision=3)
print(a, repr(a))
print(a[0], repr(a[0]), a.sum())
print(f"{a}")
np.set_printoptions(precision=1)
print(a * 100)
print(np.array([0.25, 0.35, 0.45], dtype=np.float32))
b = np.array([1 / 3, 2 / 3, 10.0])
print(b, b.sum(), repr(b[0]))
np.set_printoptions(precision=8)
print(a, b)

# Operands of different dtypes promote as NumPy's matmul does: int with float is float64,
# float32 stays float32, and bool with bool is an `or` of `and`s.
import numpy as np

i = np.arange(6).reshape(2, 3)
f = np.arange(6.0).reshape(3, 2) * 0.5
s = np.arange(6, dtype=np.float32).reshape(3, 2)
b = np.array([[True, False], [False, False], [True, True]])
print(i @ f)
print(i @ s)
print((i @ s).dtype)
print(s.T @ s)
print((s.T @ s).dtype)
print(i @ b)
print(b.T @ b)
print(f.T @ b)
r = np.arange(3.0) @ np.arange(3)
print(repr(r))
print(repr(np.ones(2, dtype=np.float32) @ np.ones(2, dtype=np.float32)))

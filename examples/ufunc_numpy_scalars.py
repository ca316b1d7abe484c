# Ufuncs of NumPy scalars (elements, reductions) keep NumPy's dtypes; Python scalars mixed in
# are weak (NEP 50).
import numpy as np

x = np.array([0.25, 4.0, 16.0])
f = np.array([0.5, 2.0], dtype=np.float32)
n = np.array([3, -4, 5])
print(repr(np.log2(x[1])))
print(repr(np.sqrt(x.sum())))
print(repr(np.floor(f[0])))
print(repr(np.maximum(f[1], 3)))
print(repr(np.maximum(f[1], 3.5)))
print(repr(np.sign(n[1])))
print(repr(np.log10(n.max() * 20)))
print(repr(np.clip(n[1], -2, 2)))
print(repr(np.isinf(x[0])))
print(repr(np.where(x > 1, x, 0.0).sum()))

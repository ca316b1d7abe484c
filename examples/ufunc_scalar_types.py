# Types of ufunc results: arrays, NumPy scalars and their printing.
import numpy as np

x = np.array([1.5, -2.5])
print(np.floor(x[0]), np.ceil(x[1]))
print(np.sign(x[1]), np.isnan(x[0]), np.maximum(x[0], 2))
print(np.sin(x).dtype, np.isnan(x).dtype, np.where(x > 0, 1, 0).dtype)
print(np.floor(np.array([1, 2])).dtype, np.round(np.array([1, 2])).dtype)
print(np.round(x).dtype, np.clip(x, 0, 1).dtype, np.logical_not(x).dtype)
print(str(np.cos(0.0)), repr(np.cos(0.0)))
print(np.log10(100) == 2.0, np.isnan(np.log(-1.0)))

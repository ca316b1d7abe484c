# Printing ufunc results of 2-D arrays: wide values, small values, nan and inf columns.
import numpy as np

m = np.arange(12).reshape(3, 4) - 5.0
print(np.log(np.abs(m)))
print(np.tanh(m))
print(np.expm1(m * 3))
print(np.floor(m / 3))
print(np.sign(m).astype(np.int64))

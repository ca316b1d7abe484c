# The dtype= argument of sum, prod and mean: the result's own dtype, or float64 (NumPy's
# buffered cast) for a whole-array sum or mean, or any prod.
import numpy as np

f = np.linspace(0.0, 1.0, 101).astype(np.float32)
print(np.sum(f), np.sum(f, dtype=np.float64), f.sum(dtype=np.float64))
print(np.mean(f), np.mean(f, dtype=np.float64), f.mean(dtype=np.float64))
i = np.arange(1, 11)
print(np.sum(i, dtype=np.int64), np.sum(i, dtype=np.float64), i.sum(dtype=float))
print(np.prod(i, dtype=np.float64), np.prod(i.reshape(2, 5), axis=1, dtype=np.float64))
b = i % 3 == 0
print(b.sum(dtype=np.int64), np.mean(i, dtype=np.float64))
x = np.arange(6.0).reshape(2, 3)
print(x.sum(axis=0, dtype=np.float64), np.sum(x, 1, np.float64))

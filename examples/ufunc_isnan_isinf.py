# np.isnan / np.isinf / np.isfinite on floats, ints and bools, with counting by sum.
import numpy as np

x = np.array([1.0, np.nan, np.inf, -np.inf, -0.0, 1e308 * 10])
print(np.isnan(x))
print(np.isinf(x))
print(np.isfinite(x))
print(np.isnan(x).sum(), np.isfinite(x).sum())
print(np.isnan(np.array([1, 2])), np.isinf(np.array([True])), np.isfinite(np.array([-5])))
f = np.array([0.0, 1.0], dtype=np.float32)
print(np.isinf(f / 0), np.isnan(f / 0))
print(np.where(np.isnan(x), 0.0, x))

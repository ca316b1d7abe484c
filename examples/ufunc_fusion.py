# A chain of ufuncs and operators is one expression over the arrays (one loop in arrc).
import numpy as np

x = np.arange(5) / 4
y = np.sqrt(np.maximum(np.sin(x) ** 2 - 0.1, 0.0)) + np.log1p(np.abs(np.cos(x)))
print(y)
z = np.where(np.isfinite(np.log(x)), np.log(x), -99.0)
print(z)
w = np.round(np.clip(np.tan(x) * 10, -5, 5), 1)
print(w)

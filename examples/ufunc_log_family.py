# np.log, np.log2, np.log10, np.log1p of float64 and int64 arrays (ints give float64).
import numpy as np

x = np.array([0.5, 1.0, 2.0, 10.0, 100.0])
print(np.log(x))
print(np.log2(x))
print(np.log10(x))
print(np.log1p(x))
n = np.array([1, 2, 4, 8, 1024])
print(np.log2(n))
print(np.log10(n * 10))
print(np.log(n).dtype)
print(np.log1p(np.array([1e-10, 1e-5, 0.0, -0.0])))

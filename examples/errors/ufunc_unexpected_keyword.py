# A keyword that no ufunc takes.
import numpy as np

x = np.array([1.0, 4.0])
ok = np.log2(x)
print(np.log2(x, base=2))

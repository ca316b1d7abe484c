import numpy as np
x = np.ones(5, dtype=int)
for i in range(2):
    print(np.bincount(x[:i], weights=x[:i] * 0.5, minlength=3))

# Traces of views read the diagonal through their strides.
import numpy as np

a = np.arange(16).reshape(4, 4)
print(np.trace(a.T), np.trace(a[::-1]), np.trace(a[1:, ::2]), np.trace(a[:, ::-1], 1))
for k in range(-3, 4):
    print(k, np.trace(a, k), np.trace(a, offset=-k))
big = np.arange(400.0).reshape(20, 20) * 0.125
print(big.trace(), big.trace(-3))

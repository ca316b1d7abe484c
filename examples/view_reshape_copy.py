# reshape of a non-contiguous view (here a transpose) makes a copy, not a view.
import numpy as np

x = np.arange(6).reshape(2, 3)
flat = x.T.reshape(6)
print(flat)
flat[0] = 100
print(x)

y = x[:, ::2].reshape(4)
y[:] = -1
print(x)
print(y)

z = x[0].reshape(3, 1)
z[1, 0] = 11
print(x)

# reshape of a non-contiguous view that NumPy can still reshape without copying is a view.
import numpy as np
y = np.ones(5)
w = y[::2]
a = w.reshape(-1, 1)
a[0, 0] = 7.0
print(y)
x = np.arange(6.0).reshape(2, 3)
r = x[1, ::2][None, :].reshape(2)
r[1] = 100.0
print(x)

# np.round rounds half to even, like NumPy's rint.
import numpy as np

x = np.array([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, 0.49999999999999994])
print(np.round(x))
print(np.around(x))
print(x.round())
print(np.round(np.array([-0.4, -0.0, 0.4])))
print(np.round(np.array([np.inf, -np.inf, np.nan])))
print(repr(np.round(2.5)), repr(np.round(-3.5)), repr(np.round(7)))

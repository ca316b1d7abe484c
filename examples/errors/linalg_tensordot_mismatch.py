import numpy as np
a = np.ones((2, 3))
b = np.ones((2, 3))
print(np.tensordot(a, b, axes=([1], [1, 0])))

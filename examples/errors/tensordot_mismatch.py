# np.tensordot over axes of different lengths.
import numpy as np

a = np.ones((2, 3))
print(np.tensordot(a, a, axes=([1], [0])))

# np.dot of one-element float vectors is the product itself in NumPy (BLAS ddot): -0.0.
import numpy as np
print(repr(np.dot(np.array([-3.25]), np.array([0.0]))))

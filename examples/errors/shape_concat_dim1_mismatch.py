# Along axis 0 the other axes must match.
import numpy as np

a = np.ones((2, 3))
b = np.ones((2, 4))
c = np.concatenate([a, b], axis=-2)

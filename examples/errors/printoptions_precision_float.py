# precision must be an integer.
import numpy as np

np.set_printoptions(precision=2.5)

# eye with a negative number of columns.
import numpy as np

e = np.eye(2, -3)

# full needs a fill value.
import numpy as np

x = np.full((2, 2))

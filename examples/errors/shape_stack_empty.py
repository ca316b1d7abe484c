# stack of nothing.
import numpy as np

s = np.stack([])

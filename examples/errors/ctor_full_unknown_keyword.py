# full has no keyword "value".
import numpy as np

x = np.full((2, 2), value=3)

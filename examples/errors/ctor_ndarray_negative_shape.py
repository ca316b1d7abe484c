import numpy as np
a = np.ndarray((2, -1))

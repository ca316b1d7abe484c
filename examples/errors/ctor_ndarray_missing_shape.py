import numpy as np
a = np.ndarray(dtype=np.float32)
